// @generated from schema/direct_v5/*.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

use crate::runtime as rt;
/// The AdExtensions service (`adextensions`).
#[cfg(feature = "adextensions")]
pub mod adextensions;
/// Types shared by the services (`schema/direct_v5/adextensiontypes.json`).
pub mod adextensiontypes;
/// The AdGroups service (`adgroups`).
#[cfg(feature = "adgroups")]
pub mod adgroups;
/// The AdImages service (`adimages`).
#[cfg(feature = "adimages")]
pub mod adimages;
/// The Ads service (`ads`).
#[cfg(feature = "ads")]
pub mod ads;
/// The AdVideos service (`advideos`).
#[cfg(feature = "advideos")]
pub mod advideos;
/// The AgencyClients service (`agencyclients`).
#[cfg(feature = "agencyclients")]
pub mod agencyclients;
/// The AudienceTargets service (`audiencetargets`).
#[cfg(feature = "audiencetargets")]
pub mod audiencetargets;
/// The BidModifiers service (`bidmodifiers`).
#[cfg(feature = "bidmodifiers")]
pub mod bidmodifiers;
/// The Bids service (`bids`).
#[cfg(feature = "bids")]
pub mod bids;
/// The Businesses service (`businesses`).
#[cfg(feature = "businesses")]
pub mod businesses;
/// The Campaigns service (`campaigns`).
#[cfg(feature = "campaigns")]
pub mod campaigns;
/// The Changes service (`changes`).
#[cfg(feature = "changes")]
pub mod changes;
/// The Clients service (`clients`).
#[cfg(feature = "clients")]
pub mod clients;
/// The Creatives service (`creatives`).
#[cfg(feature = "creatives")]
pub mod creatives;
/// The Dictionaries service (`dictionaries`).
#[cfg(feature = "dictionaries")]
pub mod dictionaries;
/// The DynamicFeedAdTargets service (`dynamicfeedadtargets`).
#[cfg(feature = "dynamicfeedadtargets")]
pub mod dynamicfeedadtargets;
/// The DynamicTextAdTargets service (`dynamictextadtargets`).
#[cfg(feature = "dynamictextadtargets")]
pub mod dynamictextadtargets;
/// The Feeds service (`feeds`).
#[cfg(feature = "feeds")]
pub mod feeds;
/// Types shared by the services (`schema/direct_v5/general.json`).
pub mod general;
/// Types shared by the services (`schema/direct_v5/generalclients.json`).
pub mod generalclients;
/// The KeywordBids service (`keywordbids`).
#[cfg(feature = "keywordbids")]
pub mod keywordbids;
/// The Keywords service (`keywords`).
#[cfg(feature = "keywords")]
pub mod keywords;
/// The KeywordsResearch service (`keywordsresearch`).
#[cfg(feature = "keywordsresearch")]
pub mod keywordsresearch;
/// The Leads service (`leads`).
#[cfg(feature = "leads")]
pub mod leads;
/// The NegativeKeywordSharedSets service (`negativekeywordsharedsets`).
#[cfg(feature = "negativekeywordsharedsets")]
pub mod negativekeywordsharedsets;
/// The RetargetingLists service (`retargetinglists`).
#[cfg(feature = "retargetinglists")]
pub mod retargetinglists;
/// The Sitelinks service (`sitelinks`).
#[cfg(feature = "sitelinks")]
pub mod sitelinks;
/// The SmartAdTargets service (`smartadtargets`).
#[cfg(feature = "smartadtargets")]
pub mod smartadtargets;
/// The Strategies service (`strategies`).
#[cfg(feature = "strategies")]
pub mod strategies;
/// The TurboPages service (`turbopages`).
#[cfg(feature = "turbopages")]
pub mod turbopages;
/// The VCards service (`vcards`).
#[cfg(feature = "vcards")]
pub mod vcards;
#[cfg(feature = "reports")]
pub mod reports;
/// The services of `direct_v5` as methods of the runtime's `Client` (`client.campaigns()`):
/// bring them into scope with `use yandex_direct::prelude::*;`.
pub trait DirectV5Services {
    /// The AdExtensions service.
    #[cfg(feature = "adextensions")]
    fn adextensions(&self) -> adextensions::AdExtensionsService<'_>;
    /// The AdGroups service.
    #[cfg(feature = "adgroups")]
    fn adgroups(&self) -> adgroups::AdGroupsService<'_>;
    /// The AdImages service.
    #[cfg(feature = "adimages")]
    fn adimages(&self) -> adimages::AdImagesService<'_>;
    /// The Ads service.
    #[cfg(feature = "ads")]
    fn ads(&self) -> ads::AdsService<'_>;
    /// The AdVideos service.
    #[cfg(feature = "advideos")]
    fn advideos(&self) -> advideos::AdVideosService<'_>;
    /// The AgencyClients service.
    #[cfg(feature = "agencyclients")]
    fn agencyclients(&self) -> agencyclients::AgencyClientsService<'_>;
    /// The AudienceTargets service.
    #[cfg(feature = "audiencetargets")]
    fn audiencetargets(&self) -> audiencetargets::AudienceTargetsService<'_>;
    /// The BidModifiers service.
    #[cfg(feature = "bidmodifiers")]
    fn bidmodifiers(&self) -> bidmodifiers::BidModifiersService<'_>;
    /// The Bids service.
    #[cfg(feature = "bids")]
    fn bids(&self) -> bids::BidsService<'_>;
    /// The Businesses service.
    #[cfg(feature = "businesses")]
    fn businesses(&self) -> businesses::BusinessesService<'_>;
    /// The Campaigns service.
    #[cfg(feature = "campaigns")]
    fn campaigns(&self) -> campaigns::CampaignsService<'_>;
    /// The Changes service.
    #[cfg(feature = "changes")]
    fn changes(&self) -> changes::ChangesService<'_>;
    /// The Clients service.
    #[cfg(feature = "clients")]
    fn clients(&self) -> clients::ClientsService<'_>;
    /// The Creatives service.
    #[cfg(feature = "creatives")]
    fn creatives(&self) -> creatives::CreativesService<'_>;
    /// The Dictionaries service.
    #[cfg(feature = "dictionaries")]
    fn dictionaries(&self) -> dictionaries::DictionariesService<'_>;
    /// The DynamicFeedAdTargets service.
    #[cfg(feature = "dynamicfeedadtargets")]
    fn dynamicfeedadtargets(
        &self,
    ) -> dynamicfeedadtargets::DynamicFeedAdTargetsService<'_>;
    /// The DynamicTextAdTargets service.
    #[cfg(feature = "dynamictextadtargets")]
    fn dynamictextadtargets(
        &self,
    ) -> dynamictextadtargets::DynamicTextAdTargetsService<'_>;
    /// The Feeds service.
    #[cfg(feature = "feeds")]
    fn feeds(&self) -> feeds::FeedsService<'_>;
    /// The KeywordBids service.
    #[cfg(feature = "keywordbids")]
    fn keywordbids(&self) -> keywordbids::KeywordBidsService<'_>;
    /// The Keywords service.
    #[cfg(feature = "keywords")]
    fn keywords(&self) -> keywords::KeywordsService<'_>;
    /// The KeywordsResearch service.
    #[cfg(feature = "keywordsresearch")]
    fn keywordsresearch(&self) -> keywordsresearch::KeywordsResearchService<'_>;
    /// The Leads service.
    #[cfg(feature = "leads")]
    fn leads(&self) -> leads::LeadsService<'_>;
    /// The NegativeKeywordSharedSets service.
    #[cfg(feature = "negativekeywordsharedsets")]
    fn negativekeywordsharedsets(
        &self,
    ) -> negativekeywordsharedsets::NegativeKeywordSharedSetsService<'_>;
    /// The RetargetingLists service.
    #[cfg(feature = "retargetinglists")]
    fn retargetinglists(&self) -> retargetinglists::RetargetingListsService<'_>;
    /// The Sitelinks service.
    #[cfg(feature = "sitelinks")]
    fn sitelinks(&self) -> sitelinks::SitelinksService<'_>;
    /// The SmartAdTargets service.
    #[cfg(feature = "smartadtargets")]
    fn smartadtargets(&self) -> smartadtargets::SmartAdTargetsService<'_>;
    /// The Strategies service.
    #[cfg(feature = "strategies")]
    fn strategies(&self) -> strategies::StrategiesService<'_>;
    /// The TurboPages service.
    #[cfg(feature = "turbopages")]
    fn turbopages(&self) -> turbopages::TurboPagesService<'_>;
    /// The VCards service.
    #[cfg(feature = "vcards")]
    fn vcards(&self) -> vcards::VCardsService<'_>;
}
impl DirectV5Services for rt::Client {
    #[cfg(feature = "adextensions")]
    fn adextensions(&self) -> adextensions::AdExtensionsService<'_> {
        adextensions::AdExtensionsService::new(self)
    }
    #[cfg(feature = "adgroups")]
    fn adgroups(&self) -> adgroups::AdGroupsService<'_> {
        adgroups::AdGroupsService::new(self)
    }
    #[cfg(feature = "adimages")]
    fn adimages(&self) -> adimages::AdImagesService<'_> {
        adimages::AdImagesService::new(self)
    }
    #[cfg(feature = "ads")]
    fn ads(&self) -> ads::AdsService<'_> {
        ads::AdsService::new(self)
    }
    #[cfg(feature = "advideos")]
    fn advideos(&self) -> advideos::AdVideosService<'_> {
        advideos::AdVideosService::new(self)
    }
    #[cfg(feature = "agencyclients")]
    fn agencyclients(&self) -> agencyclients::AgencyClientsService<'_> {
        agencyclients::AgencyClientsService::new(self)
    }
    #[cfg(feature = "audiencetargets")]
    fn audiencetargets(&self) -> audiencetargets::AudienceTargetsService<'_> {
        audiencetargets::AudienceTargetsService::new(self)
    }
    #[cfg(feature = "bidmodifiers")]
    fn bidmodifiers(&self) -> bidmodifiers::BidModifiersService<'_> {
        bidmodifiers::BidModifiersService::new(self)
    }
    #[cfg(feature = "bids")]
    fn bids(&self) -> bids::BidsService<'_> {
        bids::BidsService::new(self)
    }
    #[cfg(feature = "businesses")]
    fn businesses(&self) -> businesses::BusinessesService<'_> {
        businesses::BusinessesService::new(self)
    }
    #[cfg(feature = "campaigns")]
    fn campaigns(&self) -> campaigns::CampaignsService<'_> {
        campaigns::CampaignsService::new(self)
    }
    #[cfg(feature = "changes")]
    fn changes(&self) -> changes::ChangesService<'_> {
        changes::ChangesService::new(self)
    }
    #[cfg(feature = "clients")]
    fn clients(&self) -> clients::ClientsService<'_> {
        clients::ClientsService::new(self)
    }
    #[cfg(feature = "creatives")]
    fn creatives(&self) -> creatives::CreativesService<'_> {
        creatives::CreativesService::new(self)
    }
    #[cfg(feature = "dictionaries")]
    fn dictionaries(&self) -> dictionaries::DictionariesService<'_> {
        dictionaries::DictionariesService::new(self)
    }
    #[cfg(feature = "dynamicfeedadtargets")]
    fn dynamicfeedadtargets(
        &self,
    ) -> dynamicfeedadtargets::DynamicFeedAdTargetsService<'_> {
        dynamicfeedadtargets::DynamicFeedAdTargetsService::new(self)
    }
    #[cfg(feature = "dynamictextadtargets")]
    fn dynamictextadtargets(
        &self,
    ) -> dynamictextadtargets::DynamicTextAdTargetsService<'_> {
        dynamictextadtargets::DynamicTextAdTargetsService::new(self)
    }
    #[cfg(feature = "feeds")]
    fn feeds(&self) -> feeds::FeedsService<'_> {
        feeds::FeedsService::new(self)
    }
    #[cfg(feature = "keywordbids")]
    fn keywordbids(&self) -> keywordbids::KeywordBidsService<'_> {
        keywordbids::KeywordBidsService::new(self)
    }
    #[cfg(feature = "keywords")]
    fn keywords(&self) -> keywords::KeywordsService<'_> {
        keywords::KeywordsService::new(self)
    }
    #[cfg(feature = "keywordsresearch")]
    fn keywordsresearch(&self) -> keywordsresearch::KeywordsResearchService<'_> {
        keywordsresearch::KeywordsResearchService::new(self)
    }
    #[cfg(feature = "leads")]
    fn leads(&self) -> leads::LeadsService<'_> {
        leads::LeadsService::new(self)
    }
    #[cfg(feature = "negativekeywordsharedsets")]
    fn negativekeywordsharedsets(
        &self,
    ) -> negativekeywordsharedsets::NegativeKeywordSharedSetsService<'_> {
        negativekeywordsharedsets::NegativeKeywordSharedSetsService::new(self)
    }
    #[cfg(feature = "retargetinglists")]
    fn retargetinglists(&self) -> retargetinglists::RetargetingListsService<'_> {
        retargetinglists::RetargetingListsService::new(self)
    }
    #[cfg(feature = "sitelinks")]
    fn sitelinks(&self) -> sitelinks::SitelinksService<'_> {
        sitelinks::SitelinksService::new(self)
    }
    #[cfg(feature = "smartadtargets")]
    fn smartadtargets(&self) -> smartadtargets::SmartAdTargetsService<'_> {
        smartadtargets::SmartAdTargetsService::new(self)
    }
    #[cfg(feature = "strategies")]
    fn strategies(&self) -> strategies::StrategiesService<'_> {
        strategies::StrategiesService::new(self)
    }
    #[cfg(feature = "turbopages")]
    fn turbopages(&self) -> turbopages::TurboPagesService<'_> {
        turbopages::TurboPagesService::new(self)
    }
    #[cfg(feature = "vcards")]
    fn vcards(&self) -> vcards::VCardsService<'_> {
        vcards::VCardsService::new(self)
    }
}
/// The endpoints of the services compiled in (see the crate's Cargo features).
pub const SERVICES: &[&str] = &[
    #[cfg(feature = "adextensions")]
    "adextensions",
    #[cfg(feature = "adgroups")]
    "adgroups",
    #[cfg(feature = "adimages")]
    "adimages",
    #[cfg(feature = "ads")]
    "ads",
    #[cfg(feature = "advideos")]
    "advideos",
    #[cfg(feature = "agencyclients")]
    "agencyclients",
    #[cfg(feature = "audiencetargets")]
    "audiencetargets",
    #[cfg(feature = "bidmodifiers")]
    "bidmodifiers",
    #[cfg(feature = "bids")]
    "bids",
    #[cfg(feature = "businesses")]
    "businesses",
    #[cfg(feature = "campaigns")]
    "campaigns",
    #[cfg(feature = "changes")]
    "changes",
    #[cfg(feature = "clients")]
    "clients",
    #[cfg(feature = "creatives")]
    "creatives",
    #[cfg(feature = "dictionaries")]
    "dictionaries",
    #[cfg(feature = "dynamicfeedadtargets")]
    "dynamicfeedadtargets",
    #[cfg(feature = "dynamictextadtargets")]
    "dynamictextadtargets",
    #[cfg(feature = "feeds")]
    "feeds",
    #[cfg(feature = "keywordbids")]
    "keywordbids",
    #[cfg(feature = "keywords")]
    "keywords",
    #[cfg(feature = "keywordsresearch")]
    "keywordsresearch",
    #[cfg(feature = "leads")]
    "leads",
    #[cfg(feature = "negativekeywordsharedsets")]
    "negativekeywordsharedsets",
    #[cfg(feature = "retargetinglists")]
    "retargetinglists",
    #[cfg(feature = "sitelinks")]
    "sitelinks",
    #[cfg(feature = "smartadtargets")]
    "smartadtargets",
    #[cfg(feature = "strategies")]
    "strategies",
    #[cfg(feature = "turbopages")]
    "turbopages",
    #[cfg(feature = "vcards")]
    "vcards",
];
/// The methods of the service at `endpoint` (`adgroups`); empty for an unknown endpoint or
/// a service whose feature is off.
pub fn methods(endpoint: &str) -> &'static [rt::MethodEntry] {
    #[allow(clippy::match_single_binding)]
    match endpoint {
        #[cfg(feature = "adextensions")]
        "adextensions" => adextensions::METHODS,
        #[cfg(feature = "adgroups")]
        "adgroups" => adgroups::METHODS,
        #[cfg(feature = "adimages")]
        "adimages" => adimages::METHODS,
        #[cfg(feature = "ads")]
        "ads" => ads::METHODS,
        #[cfg(feature = "advideos")]
        "advideos" => advideos::METHODS,
        #[cfg(feature = "agencyclients")]
        "agencyclients" => agencyclients::METHODS,
        #[cfg(feature = "audiencetargets")]
        "audiencetargets" => audiencetargets::METHODS,
        #[cfg(feature = "bidmodifiers")]
        "bidmodifiers" => bidmodifiers::METHODS,
        #[cfg(feature = "bids")]
        "bids" => bids::METHODS,
        #[cfg(feature = "businesses")]
        "businesses" => businesses::METHODS,
        #[cfg(feature = "campaigns")]
        "campaigns" => campaigns::METHODS,
        #[cfg(feature = "changes")]
        "changes" => changes::METHODS,
        #[cfg(feature = "clients")]
        "clients" => clients::METHODS,
        #[cfg(feature = "creatives")]
        "creatives" => creatives::METHODS,
        #[cfg(feature = "dictionaries")]
        "dictionaries" => dictionaries::METHODS,
        #[cfg(feature = "dynamicfeedadtargets")]
        "dynamicfeedadtargets" => dynamicfeedadtargets::METHODS,
        #[cfg(feature = "dynamictextadtargets")]
        "dynamictextadtargets" => dynamictextadtargets::METHODS,
        #[cfg(feature = "feeds")]
        "feeds" => feeds::METHODS,
        #[cfg(feature = "keywordbids")]
        "keywordbids" => keywordbids::METHODS,
        #[cfg(feature = "keywords")]
        "keywords" => keywords::METHODS,
        #[cfg(feature = "keywordsresearch")]
        "keywordsresearch" => keywordsresearch::METHODS,
        #[cfg(feature = "leads")]
        "leads" => leads::METHODS,
        #[cfg(feature = "negativekeywordsharedsets")]
        "negativekeywordsharedsets" => negativekeywordsharedsets::METHODS,
        #[cfg(feature = "retargetinglists")]
        "retargetinglists" => retargetinglists::METHODS,
        #[cfg(feature = "sitelinks")]
        "sitelinks" => sitelinks::METHODS,
        #[cfg(feature = "smartadtargets")]
        "smartadtargets" => smartadtargets::METHODS,
        #[cfg(feature = "strategies")]
        "strategies" => strategies::METHODS,
        #[cfg(feature = "turbopages")]
        "turbopages" => turbopages::METHODS,
        #[cfg(feature = "vcards")]
        "vcards" => vcards::METHODS,
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
pub static RETIRED: &[rt::RetiredMethod] = &[];
