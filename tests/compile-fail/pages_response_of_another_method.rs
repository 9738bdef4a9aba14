// `pages` takes its response type from the method: asking `campaigns::GET` for a `keywords`
// response does not compile.
use yandex_direct::direct_v5::{campaigns, keywords};

fn wrong(client: &yandex_direct::Client) {
    let request = campaigns::GetRequest::new([campaigns::CampaignFieldEnum::Id]);
    let _ = client.pages::<_, keywords::GetResponse>(&campaigns::GET, request);
}

fn main() {
    let _ = wrong;
}
