// `get_all` takes its request type from the method: a `keywords` request for `campaigns::GET`
// does not compile.
use yandex_direct::direct_v5::{campaigns, keywords};

async fn wrong(client: &yandex_direct::Client) {
    let request = keywords::GetRequest::new(
        keywords::KeywordsSelectionCriteria::new().with_ids([1]),
        [keywords::KeywordFieldEnum::Id],
    );
    let _ = client.get_all(&campaigns::GET, request).await;
}

fn main() {
    let _ = wrong;
}
