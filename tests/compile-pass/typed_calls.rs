// The typed forms compile without a turbofish: the request and response types come from the
// method value (`keywords::GET`) or the service (`client.keywords()`), and the futures are
// `Send`, so they can be spawned.
use yandex_direct::direct_v5::{campaigns, keywords};
use yandex_direct::prelude::*;
use yandex_direct::runtime::{AllPages, Pages};
use yandex_direct::{Client, Error, Response};

fn keywords_request() -> keywords::GetRequest {
    keywords::GetRequest::new(
        keywords::KeywordsSelectionCriteria::new().with_campaign_ids([1, 2]),
        [
            keywords::KeywordFieldEnum::Id,
            keywords::KeywordFieldEnum::Keyword,
        ],
    )
}

fn campaigns_request() -> campaigns::GetRequest {
    campaigns::GetRequest::new([campaigns::CampaignFieldEnum::Id])
}

async fn generic(client: &Client) -> Result<(), Error> {
    let all: AllPages<keywords::KeywordGetItem> =
        client.get_all(&keywords::GET, keywords_request()).await?;
    let _ = all.items;
    let mut pages: Pages<'_, campaigns::GetRequest, campaigns::GetResponse> =
        client.pages(&campaigns::GET, campaigns_request());
    while let Some(page) = pages.next().await {
        let page: Response<campaigns::GetResponse> = page?;
        let _ = page.campaigns;
    }
    Ok(())
}

async fn services(client: &Client) -> Result<(), Error> {
    let all: AllPages<keywords::KeywordGetItem> =
        client.keywords().get_all(keywords_request()).await?;
    let _ = all.items;
    let mut pages = client.keywords().pages(keywords_request());
    while let Some(page) = pages.next().await {
        let page: Response<keywords::GetResponse> = page?;
        let _ = page.keywords;
    }
    let response: Response<campaigns::GetResponse> =
        client.campaigns().get(campaigns_request()).await?;
    let _ = response.campaigns;
    Ok(())
}

fn spawnable<F: std::future::Future + Send>(future: F) -> F {
    future
}

fn main() {
    let client = Client::builder("token")
        .build()
        .expect("a client without TLS setup errors");
    // Built, never polled: this case is about types, and sends nothing.
    drop(spawnable(generic(&client)));
    drop(spawnable(services(&client)));
}
