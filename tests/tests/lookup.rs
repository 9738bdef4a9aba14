//! `yandex_direct::find_method` errors that say what to do: a retired v4 method names its v5
//! successors, a v5 method asked of the wrong service names the services that have it, and a
//! misspelt service or method gets the old "unknown method" text plus the near names.

use yandex_direct::{find_method, find_retired};

fn error(api: &str, service: &str, method: &str) -> String {
    match find_method(api, service, method) {
        Ok(entry) => panic!("{api} {service}.{method} was found: {entry:?}"),
        Err(message) => message,
    }
}

#[test]
fn a_retired_v4_method_names_the_v5_methods_that_replace_it() {
    assert_eq!(
        error("v4", "", "GetBanners"),
        "GetBanners was retired from v4; use v5 AdGroups.get, Ads.get, Keywords.get, Bids.get, \
         VCards.get, Sitelinks.get"
    );
    assert_eq!(
        error("v4", "live", "StopBanners"),
        "StopBanners was retired from v4; use v5 Ads.suspend"
    );
    // Where the documentation names a service and no method.
    assert_eq!(
        error("v4", "", "GetCampaignsList"),
        "GetCampaignsList was retired from v4; it moved to the Campaigns service of v5"
    );
    assert_eq!(
        error("v4", "", "GetSummaryStat"),
        "GetSummaryStat was retired from v4; it moved to the Reports service of v5"
    );
    // Retired without a documented successor: the reason.
    let balance = error("v4", "", "GetBalance");
    assert!(
        balance.starts_with("GetBalance was retired from v4: no longer served"),
        "{balance}"
    );
}

#[test]
fn every_successor_is_a_v5_method_of_this_build() {
    let retired = find_retired("v4", "CreateOrUpdateBanners").expect("retired");
    assert_eq!(retired.replaced_by.len(), 9);
    let mut successors = 0;
    for retired in yandex_direct::direct_v4::RETIRED {
        for successor in retired.replaced_by {
            let entry = find_method("v5", successor.endpoint, successor.method)
                .unwrap_or_else(|e| panic!("{} -> {successor}: {e}", retired.name));
            assert_eq!(entry.info.service_name, successor.service_name);
            successors += 1;
        }
    }
    assert!(successors > 20, "{successors}");
    assert!(find_retired("v4", "GetClientsUnits").is_none(), "served");
    assert!(find_retired("v4", "NoSuchMethod").is_none());
}

#[test]
fn a_v5_method_asked_of_the_wrong_service_names_the_services_that_have_it() {
    assert_eq!(
        error("v5", "campaigns", "setAuto"),
        "campaigns has no method `setAuto`; it is in: bids (Bids.setAuto), \
         keywordbids (KeywordBids.setAuto)"
    );
    assert_eq!(
        error("v5", "ads", "checkCampaigns"),
        "ads has no method `checkCampaigns`; it is in: changes (Changes.checkCampaigns)"
    );
}

#[test]
fn an_unknown_v5_service_gets_near_names_or_the_list() {
    let near = error("v5", "campaign", "get");
    assert!(
        near.starts_with("unknown v5 method `campaign.get` (or its feature is off)"),
        "{near}"
    );
    assert!(near.contains("did you mean `campaigns`?"), "{near}");
    let case = error("v5", "AdGroups", "get");
    assert!(case.contains("did you mean `adgroups`?"), "{case}");
    let far = error("v5", "nope", "frobnicate");
    assert!(far.contains("there is no v5 service `nope`"), "{far}");
    assert!(
        far.contains("the services are: adextensions, adgroups"),
        "{far}"
    );
}

#[test]
fn a_misspelt_method_keeps_the_old_text_and_gets_near_names() {
    let v5 = error("v5", "campaigns", "gett");
    assert_eq!(
        v5,
        "unknown v5 method `campaigns.gett` (or its feature is off); did you mean `get`?"
    );
    let v4 = error("v4", "", "GetClientUnits");
    assert_eq!(
        v4,
        "unknown v4 method `GetClientUnits` (or the `live` feature is off); did you mean \
         `GetClientsUnits`?"
    );
    // A retired name misspelt is suggested as it is written.
    let retired = error("v4", "", "GetBaners");
    assert!(retired.contains("did you mean `GetBanners`?"), "{retired}");
    // Nothing near: the old text alone.
    assert_eq!(
        error("v4", "", "Frobnicate"),
        "unknown v4 method `Frobnicate` (or the `live` feature is off)"
    );
    assert_eq!(
        error("v5", "campaigns", "frobnicate"),
        "unknown v5 method `campaigns.frobnicate` (or its feature is off)"
    );
}

#[test]
fn a_v4_name_asked_of_v5_says_so() {
    let retired = error("v5", "campaigns", "GetCampaignsList");
    assert!(
        retired.starts_with("unknown v5 method `campaigns.GetCampaignsList`"),
        "{retired}"
    );
    assert!(
        retired.contains("GetCampaignsList was retired from v4; it moved to the Campaigns service"),
        "{retired}"
    );
    let served = error("v5", "campaigns", "GetClientsUnits");
    assert!(
        served.contains("`GetClientsUnits` is a v4 Live method"),
        "{served}"
    );
}
