// @generated from schema/direct_v4/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use crate::runtime as rt;
/// The Live service (`live`).
#[cfg(feature = "live")]
pub mod live;
/// The services of `direct_v4` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV4Services {
    /// The Live service.
    #[cfg(feature = "live")]
    fn live(&self) -> live::LiveService<'_>;
}
impl DirectV4Services for rt::Client {
    #[cfg(feature = "live")]
    fn live(&self) -> live::LiveService<'_> {
        live::LiveService::new(self)
    }
}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[#[cfg(feature = "live")] "live"];
/// The methods of the service at `endpoint` (`adgroups`); empty for an unknown endpoint or
/// a service whose feature is off.
pub fn methods(endpoint: &str) -> &'static [rt::MethodEntry] {
    #[allow(clippy::match_single_binding)]
    match endpoint {
        #[cfg(feature = "live")]
        "live" => live::METHODS,
        _ => &[],
    }
}
/// Looks a method up by its service's endpoint (`adgroups`) and its JSON name (`get`).
pub fn find_method(
    endpoint: &str,
    method: &str,
) -> ::core::option::Option<&'static rt::MethodEntry> {
    methods(endpoint).iter().find(|entry| entry.info.method == method)
}
/// The methods the schema lists as no longer served, with where their work went (every
/// service's, whatever features are on).
pub static RETIRED: &[rt::RetiredMethod] = &[
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetClientsList",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the AgencyClients and Clients services"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetSubClients",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the AgencyClients and Clients services"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "SetAutoPrice",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "setAuto",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetSummaryStat",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Reports service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetCampaignParams",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetCampaignsParams",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "ModerateBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "moderate",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "StopBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "suspend",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "ResumeBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "resume",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "ArchiveBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "archive",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "UnArchiveBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "unarchive",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "DeleteBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "delete",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "StopCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "DeleteCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "UnArchiveCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "ArchiveCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "ResumeCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetReportList",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Reports service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetClientInfo",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "UpdateClientInfo",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "AdGroups",
                endpoint: "adgroups",
                method: "get",
            },
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "get",
            },
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "get",
            },
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "get",
            },
            rt::Successor {
                service_name: "VCards",
                endpoint: "vcards",
                method: "get",
            },
            rt::Successor {
                service_name: "Sitelinks",
                endpoint: "sitelinks",
                method: "get",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetCampaignsList",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetCampaignsListFilter",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetBalance",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetBannerPhrases",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "get",
            },
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "get",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetBannerPhrasesFilter",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "get",
            },
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "get",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetRegions",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "CreateNewReport",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Reports service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetBannersStat",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Reports service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetRubrics",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetTimeZones",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "UpdatePrices",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "set",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "CreateOrUpdateCampaign",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::Some("the Campaigns service"),
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "CreateOrUpdateBanners",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "AdGroups",
                endpoint: "adgroups",
                method: "add",
            },
            rt::Successor {
                service_name: "AdGroups",
                endpoint: "adgroups",
                method: "update",
            },
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "add",
            },
            rt::Successor {
                service_name: "Ads",
                endpoint: "ads",
                method: "update",
            },
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "add",
            },
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "set",
            },
            rt::Successor {
                service_name: "Bids",
                endpoint: "bids",
                method: "setAuto",
            },
            rt::Successor {
                service_name: "VCards",
                endpoint: "vcards",
                method: "add",
            },
            rt::Successor {
                service_name: "Sitelinks",
                endpoint: "sitelinks",
                method: "add",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "CreateNewSubclient",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetChanges",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "RetargetingCondition",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "Retargeting",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "AdImage",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "Keyword",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "suspend",
            },
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "resume",
            },
            rt::Successor {
                service_name: "Keywords",
                endpoint: "keywords",
                method: "get",
            },
        ],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "CreateOfflineReport",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
    rt::RetiredMethod {
        api: rt::Api::DirectV4,
        endpoint: "live",
        name: "GetOfflineReportList",
        reason: "no longer served by v4 Live (moved to API v5 or removed)",
        replaced_by: &[],
        moved_to: ::core::option::Option::None,
    },
];
