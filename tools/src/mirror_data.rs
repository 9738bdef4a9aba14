//! Accounts of a given size on the fake server and edits to them, for the mirror's tests
//! (`tests/tests/mirror.rs`) and its benchmark (`bench-mirror`).

use serde_json::json;
use yandex_direct_fake_server::{FakeServer, Kind};

/// The ids of an account seeded by [`seed_account`].
#[derive(Debug, Clone, Default)]
pub struct Account {
    /// Campaign ids.
    pub campaigns: Vec<i64>,
    /// Ad group ids.
    pub ad_groups: Vec<i64>,
    /// Ad ids.
    pub ads: Vec<i64>,
    /// Keyword ids.
    pub keywords: Vec<i64>,
}

/// Fills the store of `login` with `campaigns` campaigns, `groups` ad groups spread evenly over
/// them, and `ads` ads and `keywords` keywords spread evenly over the ad groups.
pub fn seed_account(
    server: &FakeServer,
    login: &str,
    campaigns: usize,
    groups: usize,
    ads: usize,
    keywords: usize,
) -> Account {
    server.with_store(login, |store| {
        let mut account = Account::default();
        for i in 0..campaigns {
            let fields = json!({"Name": format!("{login} campaign {i}"), "StartDate": "2030-01-01",
                                "TextCampaign": {"CounterIds": {"Items": [i]}}});
            account
                .campaigns
                .extend(store.insert(Kind::Campaign, None, fields));
        }
        for i in 0..groups {
            let campaign = account.campaigns[i % account.campaigns.len()];
            let fields = json!({"Name": format!("group {i}"), "RegionIds": [225]});
            account
                .ad_groups
                .extend(store.insert(Kind::AdGroup, Some(campaign), fields));
        }
        for i in 0..ads {
            let group = account.ad_groups[i % account.ad_groups.len()];
            let fields = json!({"TextAd": {"Title": format!("ad {i}"), "Text": "text", "Href": "https://example.com"}});
            account.ads.extend(store.insert(Kind::Ad, Some(group), fields));
        }
        for i in 0..keywords {
            let group = account.ad_groups[i % account.ad_groups.len()];
            let fields = json!({"Keyword": format!("keyword {i}"), "Bid": 10_000_000});
            account
                .keywords
                .extend(store.insert(Kind::Keyword, Some(group), fields));
        }
        account
    })
}

/// What [`change_fraction`] did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Edits {
    /// Objects changed in place.
    pub changed: usize,
    /// Objects deleted.
    pub deleted: usize,
    /// Objects added.
    pub added: usize,
}

/// Edits `fraction` of each kind of `account` of `login` at random (changed names, states and
/// texts; a tenth of them deleted instead; as many keywords added as deleted).
pub fn change_fraction(
    server: &FakeServer,
    login: &str,
    account: &Account,
    fraction: f64,
    rng: &mut fastrand::Rng,
) -> Edits {
    server.with_store(login, |store| {
        let mut edits = Edits::default();
        let pick = |ids: &[i64], rng: &mut fastrand::Rng| -> Vec<i64> {
            let n = ((ids.len() as f64) * fraction).ceil() as usize;
            let mut chosen: Vec<i64> = (0..n).map(|_| ids[rng.usize(..ids.len())]).collect();
            chosen.sort_unstable();
            chosen.dedup();
            chosen
        };
        for id in pick(&account.campaigns, rng) {
            edits.changed += usize::from(store.set_field(
                Kind::Campaign,
                id,
                "Name",
                json!(format!("renamed {id}")),
            ));
        }
        for id in pick(&account.ad_groups, rng) {
            edits.changed += usize::from(store.set_field(
                Kind::AdGroup,
                id,
                "Name",
                json!(format!("renamed {id}")),
            ));
        }
        for id in pick(&account.ads, rng) {
            edits.changed +=
                usize::from(store.set_field(Kind::Ad, id, "State", json!("SUSPENDED")));
        }
        for (i, id) in pick(&account.keywords, rng).into_iter().enumerate() {
            if i % 10 == 9 {
                let group = store
                    .objects
                    .get(&Kind::Keyword)
                    .and_then(|t| t.get(&id))
                    .and_then(|k| k.ad_group_id);
                if store.remove(Kind::Keyword, id) {
                    edits.deleted += 1;
                    let fields = json!({"Keyword": format!("new keyword {id}")});
                    edits.added +=
                        usize::from(store.insert(Kind::Keyword, group, fields).is_some());
                }
            } else {
                edits.changed +=
                    usize::from(store.set_field(Kind::Keyword, id, "Bid", json!(20_000_000)));
            }
        }
        edits
    })
}
