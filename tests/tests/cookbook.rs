//! The README's cookbook, run as a new user would run it: against the fake server, written only
//! with what the README shows (create a campaign with a strategy, an ad group, keywords with
//! per-item errors, paging, units, bids).

use integration_tests::support::{client, fake_server};
use yandex_direct::direct_v5::adgroups::{self, AdGroupAddItem};
use yandex_direct::direct_v5::campaigns::{
    self, CampaignAddItem, TextCampaignAddItem, TextCampaignNetworkStrategyAdd,
    TextCampaignNetworkStrategyTypeEnum, TextCampaignSearchStrategyAdd,
    TextCampaignSearchStrategyTypeEnum, TextCampaignStrategyAdd,
};
use yandex_direct::direct_v5::general::LimitOffset;
use yandex_direct::direct_v5::keywordbids::{self, KeywordBidSetItem};
use yandex_direct::direct_v5::keywords::{
    self, GetRequest, KeywordAddItem, KeywordFieldEnum, KeywordsSelectionCriteria,
};
use yandex_direct::prelude::*;

#[tokio::test]
async fn the_cookbook_runs_against_the_fake_server() {
    let server = fake_server().await;
    let client = client(&server.base_url());

    // Create a campaign with a strategy.
    let strategy = TextCampaignStrategyAdd::new(
        TextCampaignSearchStrategyAdd::new(TextCampaignSearchStrategyTypeEnum::HighestPosition),
        TextCampaignNetworkStrategyAdd::new(TextCampaignNetworkStrategyTypeEnum::ServingOff),
    );
    let campaign = CampaignAddItem::new("Spring sale", "2030-01-01")
        .with_text_campaign(TextCampaignAddItem::new().with_bidding_strategy(strategy));
    let added = client
        .campaigns()
        .add(campaigns::AddRequest::new([campaign]))
        .await
        .expect("the campaign is added");
    let results = added.result.add_results.clone().unwrap_or_default();
    let campaign_id = results.first().and_then(|r| r.id).expect("a campaign id");

    // A campaign without a strategy is refused for that item only.
    let refused = client
        .campaigns()
        .add(campaigns::AddRequest::new([CampaignAddItem::new(
            "No strategy",
            "2030-01-01",
        )
        .with_text_campaign(TextCampaignAddItem::new())]))
        .await
        .expect("an answer with per-item results");
    let split = yandex_direct::split_results(&refused.add_results);
    assert_eq!(split.failed.len(), 1);

    let group = client
        .adgroups()
        .add(adgroups::AddRequest::new([AdGroupAddItem::new(
            "Bikes",
            campaign_id,
            [225],
        )]))
        .await
        .expect("the ad group is added");
    let ad_group_id = group
        .add_results
        .first()
        .and_then(|r| r.id)
        .expect("an ad group id");

    // Add keywords and read per-item errors: the empty one fails, the others succeed.
    let texts = ["buy a bike", "", "bike repair"];
    let items = texts.map(|text| KeywordAddItem::new(text, ad_group_id));
    let response = client
        .keywords()
        .add(keywords::AddRequest::new(items))
        .await
        .expect("per-item results");
    let split = yandex_direct::split_results(&response.add_results);
    assert_eq!(
        split.succeeded.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        [0, 2]
    );
    assert_eq!(split.failed.len(), 1);
    assert_eq!(split.failed[0].index, 1);
    assert!(!split.failed[0].errors.is_empty());
    let keyword_id = split.succeeded[0].1.id.expect("a keyword id");

    // Page through keywords, one per page.
    let criteria = KeywordsSelectionCriteria::new().with_ad_group_ids([ad_group_id]);
    let request = GetRequest::new(criteria, [KeywordFieldEnum::Id, KeywordFieldEnum::Keyword])
        .with_page(LimitOffset::new().with_limit(1));
    let all = client
        .keywords()
        .get_all(request.clone())
        .await
        .expect("every page");
    let got: Vec<_> = all.items.iter().filter_map(|k| k.keyword.clone()).collect();
    assert_eq!(got, ["buy a bike", "bike repair"]);
    assert_eq!(all.pages.len(), 2);
    let mut pages = client.keywords().pages(request);
    let mut count = 0;
    let mut last_units = None;
    while let Some(page) = pages.next().await {
        let page = page.expect("a page");
        count += page.keywords.as_ref().map_or(0, Vec::len);
        last_units = page.meta.units;
    }
    assert_eq!(count, 2);

    // Read units: the figures of the latest answer to this client's own login.
    let units = client.units_left().expect("units after a call").units;
    assert_eq!(Some(units), last_units);
    assert!(units.rest < units.limit);

    // Update bids.
    let bid = KeywordBidSetItem::new()
        .with_keyword_id(keyword_id)
        .with_search_bid(15_000_000);
    let set = client
        .keywordbids()
        .set(keywordbids::SetRequest::new([bid]))
        .await
        .expect("bids are set");
    let split = yandex_direct::split_results(&set.set_results);
    assert!(split.failed.is_empty(), "{:?}", split.failed);
    assert_eq!(split.succeeded.len(), 1);
}
