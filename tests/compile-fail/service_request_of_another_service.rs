// A service's method takes its own request type: `campaigns().get` given a `keywords` request
// does not compile.
use yandex_direct::direct_v5::keywords;
use yandex_direct::prelude::*;

async fn wrong(client: &yandex_direct::Client) {
    let request = keywords::GetRequest::new(
        keywords::KeywordsSelectionCriteria::new().with_ids([1]),
        [keywords::KeywordFieldEnum::Id],
    );
    let _ = client.campaigns().get(request).await;
}

fn main() {
    let _ = wrong;
}
