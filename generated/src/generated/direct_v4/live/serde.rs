// @generated from schema/direct_v4/live.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `live` (`schema/direct_v4/live.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for Account {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.agency_name.is_present() {
            map.serialize_entry("AgencyName", &self.agency_name)?;
        }
        if let ::core::option::Option::Some(value) = &self.account_id {
            map.serialize_entry("AccountID", value)?;
        }
        if self.account_day_budget.is_present() {
            map.serialize_entry("AccountDayBudget", &self.account_day_budget)?;
        }
        if self.amount.is_present() {
            map.serialize_entry("Amount", &self.amount)?;
        }
        if self.amount_available_for_transfer.is_present() {
            map.serialize_entry(
                "AmountAvailableForTransfer",
                &self.amount_available_for_transfer,
            )?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.discount.is_present() {
            map.serialize_entry("Discount", &self.discount)?;
        }
        if self.sms_notification.is_present() {
            map.serialize_entry("SmsNotification", &self.sms_notification)?;
        }
        if self.email_notification.is_present() {
            map.serialize_entry("EmailNotification", &self.email_notification)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Account {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Account;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Account` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Account, A::Error> {
                let mut agency_name = rt::Nullable::Absent;
                let mut account_id = ::core::option::Option::None;
                let mut account_day_budget = rt::Nullable::Absent;
                let mut amount = rt::Nullable::Absent;
                let mut amount_available_for_transfer = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut discount = rt::Nullable::Absent;
                let mut sms_notification = rt::Nullable::Absent;
                let mut email_notification = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AgencyName" => agency_name = map.next_value()?,
                        "AccountID" => {
                            account_id = rt::wire::optional_value(
                                &mut map,
                                "AccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "AccountDayBudget" => account_day_budget = map.next_value()?,
                        "Amount" => amount = map.next_value()?,
                        "AmountAvailableForTransfer" => {
                            amount_available_for_transfer = map.next_value()?;
                        }
                        "Currency" => currency = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "Discount" => discount = map.next_value()?,
                        "SmsNotification" => sms_notification = map.next_value()?,
                        "EmailNotification" => email_notification = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Account",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Account {
                    agency_name,
                    account_id,
                    account_day_budget,
                    amount,
                    amount_available_for_transfer,
                    currency,
                    login,
                    discount,
                    sms_notification,
                    email_notification,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountActionResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.url.is_present() {
            map.serialize_entry("URL", &self.url)?;
        }
        if self.purchase_token.is_present() {
            map.serialize_entry("PurchaseToken", &self.purchase_token)?;
        }
        if self.status.is_present() {
            map.serialize_entry("Status", &self.status)?;
        }
        if self.redirect_url.is_present() {
            map.serialize_entry("RedirectUrl", &self.redirect_url)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountActionResult, A::Error> {
                let mut errors = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut url = rt::Nullable::Absent;
                let mut purchase_token = rt::Nullable::Absent;
                let mut status = rt::Nullable::Absent;
                let mut redirect_url = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Errors" => errors = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "URL" => url = map.next_value()?,
                        "PurchaseToken" => purchase_token = map.next_value()?,
                        "Status" => status = map.next_value()?,
                        "RedirectUrl" => redirect_url = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountActionResult {
                    errors,
                    account_id,
                    login,
                    url,
                    purchase_token,
                    status,
                    redirect_url,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountDayBudgetInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.spend_mode {
            map.serialize_entry("SpendMode", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountDayBudgetInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountDayBudgetInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountDayBudgetInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountDayBudgetInfo, A::Error> {
                let mut amount = ::core::option::Option::None;
                let mut spend_mode = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "SpendMode" => {
                            spend_mode = rt::wire::optional_value(
                                &mut map,
                                "SpendMode",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountDayBudgetInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountDayBudgetInfo {
                    amount,
                    spend_mode,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountManagementRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.selection_criteria.is_present() {
            map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        }
        if self.payments.is_present() {
            map.serialize_entry("Payments", &self.payments)?;
        }
        if self.transfers.is_present() {
            map.serialize_entry("Transfers", &self.transfers)?;
        }
        if self.accounts.is_present() {
            map.serialize_entry("Accounts", &self.accounts)?;
        }
        if self.pay_method_id.is_present() {
            map.serialize_entry("PayMethodID", &self.pay_method_id)?;
        }
        if self.custom_transaction_id.is_present() {
            map.serialize_entry("CustomTransactionID", &self.custom_transaction_id)?;
        }
        if self.version.is_present() {
            map.serialize_entry("Version", &self.version)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountManagementRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountManagementRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountManagementRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountManagementRequest, A::Error> {
                let mut action = ::core::option::Option::None;
                let mut selection_criteria = rt::Nullable::Absent;
                let mut payments = rt::Nullable::Absent;
                let mut transfers = rt::Nullable::Absent;
                let mut accounts = rt::Nullable::Absent;
                let mut pay_method_id = rt::Nullable::Absent;
                let mut custom_transaction_id = rt::Nullable::Absent;
                let mut version = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => selection_criteria = map.next_value()?,
                        "Payments" => payments = map.next_value()?,
                        "Transfers" => transfers = map.next_value()?,
                        "Accounts" => accounts = map.next_value()?,
                        "PayMethodID" => pay_method_id = map.next_value()?,
                        "CustomTransactionID" => {
                            custom_transaction_id = map.next_value()?;
                        }
                        "Version" => version = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountManagementRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountManagementRequest {
                    action,
                    selection_criteria,
                    payments,
                    transfers,
                    accounts,
                    pay_method_id,
                    custom_transaction_id,
                    version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountManagementResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.actions_result.is_present() {
            map.serialize_entry("ActionsResult", &self.actions_result)?;
        }
        if self.accounts.is_present() {
            map.serialize_entry("Accounts", &self.accounts)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountManagementResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountManagementResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountManagementResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountManagementResponse, A::Error> {
                let mut actions_result = rt::Nullable::Absent;
                let mut accounts = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ActionsResult" => actions_result = map.next_value()?,
                        "Accounts" => accounts = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountManagementResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountManagementResponse {
                    actions_result,
                    accounts,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AccountSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.account_ids.is_present() {
            map.serialize_entry("AccountIDS", &self.account_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AccountSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AccountSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AccountSelectionCriteria, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut account_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        "AccountIDS" => account_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AccountSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AccountSelectionCriteria {
                    logins,
                    account_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageAssociation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ad_id {
            map.serialize_entry("AdID", value)?;
        }
        if self.ad_image_hash.is_present() {
            map.serialize_entry("AdImageHash", &self.ad_image_hash)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.status_ad_image_moderate.is_present() {
            map.serialize_entry(
                "StatusAdImageModerate",
                &self.status_ad_image_moderate,
            )?;
        }
        if self.moderate_rejection_reasons.is_present() {
            map.serialize_entry(
                "ModerateRejectionReasons",
                &self.moderate_rejection_reasons,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociation;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociation` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociation, A::Error> {
                let mut ad_id = ::core::option::Option::None;
                let mut ad_image_hash = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut campaign_id = rt::Nullable::Absent;
                let mut status_ad_image_moderate = rt::Nullable::Absent;
                let mut moderate_rejection_reasons = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AdID" => {
                            ad_id = rt::wire::optional_value(
                                &mut map,
                                "AdID",
                                &mut unknown_fields,
                            )?;
                        }
                        "AdImageHash" => ad_image_hash = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "CampaignID" => campaign_id = map.next_value()?,
                        "StatusAdImageModerate" => {
                            status_ad_image_moderate = map.next_value()?;
                        }
                        "ModerateRejectionReasons" => {
                            moderate_rejection_reasons = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociation",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociation {
                    ad_id,
                    ad_image_hash,
                    login,
                    campaign_id,
                    status_ad_image_moderate,
                    moderate_rejection_reasons,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageAssociationActionResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.warnings.is_present() {
            map.serialize_entry("Warnings", &self.warnings)?;
        }
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.ad_id.is_present() {
            map.serialize_entry("AdID", &self.ad_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationActionResult;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationActionResult` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationActionResult, A::Error> {
                let mut warnings = rt::Nullable::Absent;
                let mut errors = rt::Nullable::Absent;
                let mut ad_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Warnings" => warnings = map.next_value()?,
                        "Errors" => errors = map.next_value()?,
                        "AdID" => ad_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationActionResult",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationActionResult {
                    warnings,
                    errors,
                    ad_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageAssociationRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.action {
            map.serialize_entry("Action", value)?;
        }
        if self.selection_criteria.is_present() {
            map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        }
        if self.ad_image_associations.is_present() {
            map.serialize_entry("AdImageAssociations", &self.ad_image_associations)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationRequest, A::Error> {
                let mut action = ::core::option::Option::None;
                let mut selection_criteria = rt::Nullable::Absent;
                let mut ad_image_associations = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Action" => {
                            action = rt::wire::optional_value(
                                &mut map,
                                "Action",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => selection_criteria = map.next_value()?,
                        "AdImageAssociations" => {
                            ad_image_associations = map.next_value()?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationRequest {
                    action,
                    selection_criteria,
                    ad_image_associations,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageAssociationResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.actions_result.is_present() {
            map.serialize_entry("ActionsResult", &self.actions_result)?;
        }
        if self.ad_image_associations.is_present() {
            map.serialize_entry("AdImageAssociations", &self.ad_image_associations)?;
        }
        if self.total_objects_count.is_present() {
            map.serialize_entry("TotalObjectsCount", &self.total_objects_count)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationResponse, A::Error> {
                let mut actions_result = rt::Nullable::Absent;
                let mut ad_image_associations = rt::Nullable::Absent;
                let mut total_objects_count = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ActionsResult" => actions_result = map.next_value()?,
                        "AdImageAssociations" => {
                            ad_image_associations = map.next_value()?;
                        }
                        "TotalObjectsCount" => total_objects_count = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationResponse {
                    actions_result,
                    ad_image_associations,
                    total_objects_count,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AdImageAssociationSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.ad_image_hashes.is_present() {
            map.serialize_entry("AdImageHashes", &self.ad_image_hashes)?;
        }
        if self.status_ad_image_moderate.is_present() {
            map.serialize_entry(
                "StatusAdImageModerate",
                &self.status_ad_image_moderate,
            )?;
        }
        if self.ad_ids.is_present() {
            map.serialize_entry("AdIDS", &self.ad_ids)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.limit.is_present() {
            map.serialize_entry("Limit", &self.limit)?;
        }
        if self.offset.is_present() {
            map.serialize_entry("Offset", &self.offset)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AdImageAssociationSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AdImageAssociationSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AdImageAssociationSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AdImageAssociationSelectionCriteria, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut ad_image_hashes = rt::Nullable::Absent;
                let mut status_ad_image_moderate = rt::Nullable::Absent;
                let mut ad_ids = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut limit = rt::Nullable::Absent;
                let mut offset = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        "AdImageHashes" => ad_image_hashes = map.next_value()?,
                        "StatusAdImageModerate" => {
                            status_ad_image_moderate = map.next_value()?;
                        }
                        "AdIDS" => ad_ids = map.next_value()?,
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "Limit" => limit = map.next_value()?,
                        "Offset" => offset = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AdImageAssociationSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AdImageAssociationSelectionCriteria {
                    logins,
                    ad_image_hashes,
                    status_ad_image_moderate,
                    ad_ids,
                    campaign_ids,
                    limit,
                    offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BannerPhraseInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.phrase.is_present() {
            map.serialize_entry("Phrase", &self.phrase)?;
        }
        if self.is_rubric.is_present() {
            map.serialize_entry("IsRubric", &self.is_rubric)?;
        }
        if self.clicks.is_present() {
            map.serialize_entry("Clicks", &self.clicks)?;
        }
        if self.first_place_clicks.is_present() {
            map.serialize_entry("FirstPlaceClicks", &self.first_place_clicks)?;
        }
        if self.premium_clicks.is_present() {
            map.serialize_entry("PremiumClicks", &self.premium_clicks)?;
        }
        if self.shows.is_present() {
            map.serialize_entry("Shows", &self.shows)?;
        }
        if self.min.is_present() {
            map.serialize_entry("Min", &self.min)?;
        }
        if self.max.is_present() {
            map.serialize_entry("Max", &self.max)?;
        }
        if self.premium_min.is_present() {
            map.serialize_entry("PremiumMin", &self.premium_min)?;
        }
        if self.premium_max.is_present() {
            map.serialize_entry("PremiumMax", &self.premium_max)?;
        }
        if self.ctr.is_present() {
            map.serialize_entry("CTR", &self.ctr)?;
        }
        if self.first_place_ctr.is_present() {
            map.serialize_entry("FirstPlaceCTR", &self.first_place_ctr)?;
        }
        if self.premium_ctr.is_present() {
            map.serialize_entry("PremiumCTR", &self.premium_ctr)?;
        }
        if self.low_ctr_warning.is_present() {
            map.serialize_entry("LowCTRWarning", &self.low_ctr_warning)?;
        }
        if self.low_ctr.is_present() {
            map.serialize_entry("LowCTR", &self.low_ctr)?;
        }
        if self.context_price.is_present() {
            map.serialize_entry("ContextPrice", &self.context_price)?;
        }
        if self.context_coverage.is_present() {
            map.serialize_entry("ContextCoverage", &self.context_coverage)?;
        }
        if self.banner_id.is_present() {
            map.serialize_entry("BannerID", &self.banner_id)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        if self.prices.is_present() {
            map.serialize_entry("Prices", &self.prices)?;
        }
        if self.coverage.is_present() {
            map.serialize_entry("Coverage", &self.coverage)?;
        }
        if self.auto_broker.is_present() {
            map.serialize_entry("AutoBroker", &self.auto_broker)?;
        }
        if let ::core::option::Option::Some(value) = &self.phrase_id {
            map.serialize_entry("PhraseID", value)?;
        }
        if self.current_on_search.is_present() {
            map.serialize_entry("CurrentOnSearch", &self.current_on_search)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.min_price.is_present() {
            map.serialize_entry("MinPrice", &self.min_price)?;
        }
        if self.auto_budget_priority.is_present() {
            map.serialize_entry("AutoBudgetPriority", &self.auto_budget_priority)?;
        }
        if self.status_phrase_moderate.is_present() {
            map.serialize_entry("StatusPhraseModerate", &self.status_phrase_moderate)?;
        }
        if self.context_low_ctr.is_present() {
            map.serialize_entry("ContextLowCTR", &self.context_low_ctr)?;
        }
        if self.user_params.is_present() {
            map.serialize_entry("UserParams", &self.user_params)?;
        }
        if self.auction_bids.is_present() {
            map.serialize_entry("AuctionBids", &self.auction_bids)?;
        }
        if self.ad_group_id.is_present() {
            map.serialize_entry("AdGroupID", &self.ad_group_id)?;
        }
        if self.status_paused.is_present() {
            map.serialize_entry("StatusPaused", &self.status_paused)?;
        }
        if self.context_clicks.is_present() {
            map.serialize_entry("ContextClicks", &self.context_clicks)?;
        }
        if self.context_shows.is_present() {
            map.serialize_entry("ContextShows", &self.context_shows)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannerPhraseInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannerPhraseInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannerPhraseInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannerPhraseInfo, A::Error> {
                let mut phrase = rt::Nullable::Absent;
                let mut is_rubric = rt::Nullable::Absent;
                let mut clicks = rt::Nullable::Absent;
                let mut first_place_clicks = rt::Nullable::Absent;
                let mut premium_clicks = rt::Nullable::Absent;
                let mut shows = rt::Nullable::Absent;
                let mut min = rt::Nullable::Absent;
                let mut max = rt::Nullable::Absent;
                let mut premium_min = rt::Nullable::Absent;
                let mut premium_max = rt::Nullable::Absent;
                let mut ctr = rt::Nullable::Absent;
                let mut first_place_ctr = rt::Nullable::Absent;
                let mut premium_ctr = rt::Nullable::Absent;
                let mut low_ctr_warning = rt::Nullable::Absent;
                let mut low_ctr = rt::Nullable::Absent;
                let mut context_price = rt::Nullable::Absent;
                let mut context_coverage = rt::Nullable::Absent;
                let mut banner_id = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut prices = rt::Nullable::Absent;
                let mut coverage = rt::Nullable::Absent;
                let mut auto_broker = rt::Nullable::Absent;
                let mut phrase_id = ::core::option::Option::None;
                let mut current_on_search = rt::Nullable::Absent;
                let mut campaign_id = rt::Nullable::Absent;
                let mut min_price = rt::Nullable::Absent;
                let mut auto_budget_priority = rt::Nullable::Absent;
                let mut status_phrase_moderate = rt::Nullable::Absent;
                let mut context_low_ctr = rt::Nullable::Absent;
                let mut user_params = rt::Nullable::Absent;
                let mut auction_bids = rt::Nullable::Absent;
                let mut ad_group_id = rt::Nullable::Absent;
                let mut status_paused = rt::Nullable::Absent;
                let mut context_clicks = rt::Nullable::Absent;
                let mut context_shows = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => phrase = map.next_value()?,
                        "IsRubric" => is_rubric = map.next_value()?,
                        "Clicks" => clicks = map.next_value()?,
                        "FirstPlaceClicks" => first_place_clicks = map.next_value()?,
                        "PremiumClicks" => premium_clicks = map.next_value()?,
                        "Shows" => shows = map.next_value()?,
                        "Min" => min = map.next_value()?,
                        "Max" => max = map.next_value()?,
                        "PremiumMin" => premium_min = map.next_value()?,
                        "PremiumMax" => premium_max = map.next_value()?,
                        "CTR" => ctr = map.next_value()?,
                        "FirstPlaceCTR" => first_place_ctr = map.next_value()?,
                        "PremiumCTR" => premium_ctr = map.next_value()?,
                        "LowCTRWarning" => low_ctr_warning = map.next_value()?,
                        "LowCTR" => low_ctr = map.next_value()?,
                        "ContextPrice" => context_price = map.next_value()?,
                        "ContextCoverage" => context_coverage = map.next_value()?,
                        "BannerID" => banner_id = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        "Prices" => prices = map.next_value()?,
                        "Coverage" => coverage = map.next_value()?,
                        "AutoBroker" => auto_broker = map.next_value()?,
                        "PhraseID" => {
                            phrase_id = rt::wire::optional_value(
                                &mut map,
                                "PhraseID",
                                &mut unknown_fields,
                            )?;
                        }
                        "CurrentOnSearch" => current_on_search = map.next_value()?,
                        "CampaignID" => campaign_id = map.next_value()?,
                        "MinPrice" => min_price = map.next_value()?,
                        "AutoBudgetPriority" => auto_budget_priority = map.next_value()?,
                        "StatusPhraseModerate" => {
                            status_phrase_moderate = map.next_value()?;
                        }
                        "ContextLowCTR" => context_low_ctr = map.next_value()?,
                        "UserParams" => user_params = map.next_value()?,
                        "AuctionBids" => auction_bids = map.next_value()?,
                        "AdGroupID" => ad_group_id = map.next_value()?,
                        "StatusPaused" => status_paused = map.next_value()?,
                        "ContextClicks" => context_clicks = map.next_value()?,
                        "ContextShows" => context_shows = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannerPhraseInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannerPhraseInfo {
                    phrase,
                    is_rubric,
                    clicks,
                    first_place_clicks,
                    premium_clicks,
                    shows,
                    min,
                    max,
                    premium_min,
                    premium_max,
                    ctr,
                    first_place_ctr,
                    premium_ctr,
                    low_ctr_warning,
                    low_ctr,
                    context_price,
                    context_coverage,
                    banner_id,
                    price,
                    prices,
                    coverage,
                    auto_broker,
                    phrase_id,
                    current_on_search,
                    campaign_id,
                    min_price,
                    auto_budget_priority,
                    status_phrase_moderate,
                    context_low_ctr,
                    user_params,
                    auction_bids,
                    ad_group_id,
                    status_paused,
                    context_clicks,
                    context_shows,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BannerTagsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.banner_id {
            map.serialize_entry("BannerID", value)?;
        }
        if self.tag_ids.is_present() {
            map.serialize_entry("TagIDS", &self.tag_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannerTagsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannerTagsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannerTagsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannerTagsInfo, A::Error> {
                let mut banner_id = ::core::option::Option::None;
                let mut tag_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "BannerID" => {
                            banner_id = rt::wire::optional_value(
                                &mut map,
                                "BannerID",
                                &mut unknown_fields,
                            )?;
                        }
                        "TagIDS" => tag_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannerTagsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannerTagsInfo {
                    banner_id,
                    tag_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for BannersRequestInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.banner_ids.is_present() {
            map.serialize_entry("BannerIDS", &self.banner_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for BannersRequestInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = BannersRequestInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `BannersRequestInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<BannersRequestInfo, A::Error> {
                let mut campaign_ids = rt::Nullable::Absent;
                let mut banner_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "BannerIDS" => banner_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "BannersRequestInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(BannersRequestInfo {
                    campaign_ids,
                    banner_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignIdsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_ids {
            map.serialize_entry("CampaignIDS", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignIdsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignIdsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignIDSInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignIdsInfo, A::Error> {
                let mut campaign_ids = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => {
                            campaign_ids = rt::wire::optional_value(
                                &mut map,
                                "CampaignIDS",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignIDSInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignIdsInfo {
                    campaign_ids,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CampaignTagsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignID", value)?;
        }
        if self.tags.is_present() {
            map.serialize_entry("Tags", &self.tags)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignTagsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CampaignTagsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CampaignTagsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CampaignTagsInfo, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut tags = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tags" => tags = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CampaignTagsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CampaignTagsInfo {
                    campaign_id,
                    tags,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CheckPaymentInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.custom_transaction_id {
            map.serialize_entry("CustomTransactionID", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CheckPaymentInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CheckPaymentInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CheckPaymentInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CheckPaymentInfo, A::Error> {
                let mut custom_transaction_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CustomTransactionID" => {
                            custom_transaction_id = rt::wire::optional_value(
                                &mut map,
                                "CustomTransactionID",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CheckPaymentInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CheckPaymentInfo {
                    custom_transaction_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ClientsUnitInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.units_rest {
            map.serialize_entry("UnitsRest", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientsUnitInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ClientsUnitInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ClientsUnitInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ClientsUnitInfo, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut units_rest = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "UnitsRest" => {
                            units_rest = rt::wire::optional_value(
                                &mut map,
                                "UnitsRest",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ClientsUnitInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ClientsUnitInfo {
                    login,
                    units_rest,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CoverageInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.probability {
            map.serialize_entry("Probability", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.price {
            map.serialize_entry("Price", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CoverageInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CoverageInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CoverageInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CoverageInfo, A::Error> {
                let mut probability = ::core::option::Option::None;
                let mut price = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Probability" => {
                            probability = rt::wire::optional_value(
                                &mut map,
                                "Probability",
                                &mut unknown_fields,
                            )?;
                        }
                        "Price" => {
                            price = rt::wire::optional_value(
                                &mut map,
                                "Price",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CoverageInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CoverageInfo {
                    probability,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CreateInvoiceInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateInvoiceInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreateInvoiceInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreateInvoiceInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreateInvoiceInfo, A::Error> {
                let mut payments = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreateInvoiceInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreateInvoiceInfo {
                    payments,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CreditLimitsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.currency {
            map.serialize_entry("Currency", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limits {
            map.serialize_entry("Limits", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreditLimitsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreditLimitsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreditLimitsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreditLimitsInfo, A::Error> {
                let mut currency = ::core::option::Option::None;
                let mut limits = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => {
                            currency = rt::wire::optional_value(
                                &mut map,
                                "Currency",
                                &mut unknown_fields,
                            )?;
                        }
                        "Limits" => {
                            limits = rt::wire::optional_value(
                                &mut map,
                                "Limits",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreditLimitsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreditLimitsInfo {
                    currency,
                    limits,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CreditLimitsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.contract_id {
            map.serialize_entry("ContractID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit {
            map.serialize_entry("Limit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.limit_spent {
            map.serialize_entry("LimitSpent", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreditLimitsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CreditLimitsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CreditLimitsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CreditLimitsItem, A::Error> {
                let mut contract_id = ::core::option::Option::None;
                let mut limit = ::core::option::Option::None;
                let mut limit_spent = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ContractID" => {
                            contract_id = rt::wire::optional_value(
                                &mut map,
                                "ContractID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Limit" => {
                            limit = rt::wire::optional_value(
                                &mut map,
                                "Limit",
                                &mut unknown_fields,
                            )?;
                        }
                        "LimitSpent" => {
                            limit_spent = rt::wire::optional_value(
                                &mut map,
                                "LimitSpent",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CreditLimitsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CreditLimitsItem {
                    contract_id,
                    limit,
                    limit_spent,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EmailNotificationInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.email.is_present() {
            map.serialize_entry("Email", &self.email)?;
        }
        if let ::core::option::Option::Some(value) = &self.warn_place_interval {
            map.serialize_entry("WarnPlaceInterval", value)?;
        }
        if self.money_warning_value.is_present() {
            map.serialize_entry("MoneyWarningValue", &self.money_warning_value)?;
        }
        if self.paused_by_day_budget.is_present() {
            map.serialize_entry("PausedByDayBudget", &self.paused_by_day_budget)?;
        }
        if self.send_acc_news.is_present() {
            map.serialize_entry("SendAccNews", &self.send_acc_news)?;
        }
        if self.send_warn.is_present() {
            map.serialize_entry("SendWarn", &self.send_warn)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EmailNotificationInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EmailNotificationInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EmailNotificationInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EmailNotificationInfo, A::Error> {
                let mut email = rt::Nullable::Absent;
                let mut warn_place_interval = ::core::option::Option::None;
                let mut money_warning_value = rt::Nullable::Absent;
                let mut paused_by_day_budget = rt::Nullable::Absent;
                let mut send_acc_news = rt::Nullable::Absent;
                let mut send_warn = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Email" => email = map.next_value()?,
                        "WarnPlaceInterval" => {
                            warn_place_interval = rt::wire::optional_value(
                                &mut map,
                                "WarnPlaceInterval",
                                &mut unknown_fields,
                            )?;
                        }
                        "MoneyWarningValue" => money_warning_value = map.next_value()?,
                        "PausedByDayBudget" => paused_by_day_budget = map.next_value()?,
                        "SendAccNews" => send_acc_news = map.next_value()?,
                        "SendWarn" => send_warn = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EmailNotificationInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EmailNotificationInfo {
                    email,
                    warn_place_interval,
                    money_warning_value,
                    paused_by_day_budget,
                    send_acc_news,
                    send_warn,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EnableSharedAccountRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EnableSharedAccountRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EnableSharedAccountRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EnableSharedAccountRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EnableSharedAccountRequest, A::Error> {
                let mut login = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EnableSharedAccountRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EnableSharedAccountRequest {
                    login,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EnableSharedAccountResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.errors.is_present() {
            map.serialize_entry("Errors", &self.errors)?;
        }
        if self.login.is_present() {
            map.serialize_entry("Login", &self.login)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EnableSharedAccountResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EnableSharedAccountResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EnableSharedAccountResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EnableSharedAccountResponse, A::Error> {
                let mut errors = rt::Nullable::Absent;
                let mut login = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Errors" => errors = map.next_value()?,
                        "Login" => login = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EnableSharedAccountResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EnableSharedAccountResponse {
                    errors,
                    login,
                    account_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Error {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.fault_code {
            map.serialize_entry("FaultCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.fault_string {
            map.serialize_entry("FaultString", value)?;
        }
        if self.fault_detail.is_present() {
            map.serialize_entry("FaultDetail", &self.fault_detail)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Error;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Error` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Error, A::Error> {
                let mut fault_code = ::core::option::Option::None;
                let mut fault_string = ::core::option::Option::None;
                let mut fault_detail = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FaultCode" => {
                            fault_code = rt::wire::optional_value(
                                &mut map,
                                "FaultCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "FaultString" => {
                            fault_string = rt::wire::optional_value(
                                &mut map,
                                "FaultString",
                                &mut unknown_fields,
                            )?;
                        }
                        "FaultDetail" => fault_detail = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Error",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Error {
                    fault_code,
                    fault_string,
                    fault_detail,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EventsLogItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.banner_id.is_present() {
            map.serialize_entry("BannerID", &self.banner_id)?;
        }
        if self.phrase_id.is_present() {
            map.serialize_entry("PhraseID", &self.phrase_id)?;
        }
        if self.account_id.is_present() {
            map.serialize_entry("AccountID", &self.account_id)?;
        }
        if self.text_description.is_present() {
            map.serialize_entry("TextDescription", &self.text_description)?;
        }
        if let ::core::option::Option::Some(value) = &self.event_type {
            map.serialize_entry("EventType", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.timestamp {
            map.serialize_entry("Timestamp", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.event_name {
            map.serialize_entry("EventName", value)?;
        }
        if self.attributes.is_present() {
            map.serialize_entry("Attributes", &self.attributes)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EventsLogItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EventsLogItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EventsLogItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EventsLogItem, A::Error> {
                let mut campaign_id = rt::Nullable::Absent;
                let mut banner_id = rt::Nullable::Absent;
                let mut phrase_id = rt::Nullable::Absent;
                let mut account_id = rt::Nullable::Absent;
                let mut text_description = rt::Nullable::Absent;
                let mut event_type = ::core::option::Option::None;
                let mut timestamp = ::core::option::Option::None;
                let mut event_name = ::core::option::Option::None;
                let mut attributes = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => campaign_id = map.next_value()?,
                        "BannerID" => banner_id = map.next_value()?,
                        "PhraseID" => phrase_id = map.next_value()?,
                        "AccountID" => account_id = map.next_value()?,
                        "TextDescription" => text_description = map.next_value()?,
                        "EventType" => {
                            event_type = rt::wire::optional_value(
                                &mut map,
                                "EventType",
                                &mut unknown_fields,
                            )?;
                        }
                        "Timestamp" => {
                            timestamp = rt::wire::optional_value(
                                &mut map,
                                "Timestamp",
                                &mut unknown_fields,
                            )?;
                        }
                        "EventName" => {
                            event_name = rt::wire::optional_value(
                                &mut map,
                                "EventName",
                                &mut unknown_fields,
                            )?;
                        }
                        "Attributes" => attributes = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EventsLogItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EventsLogItem {
                    campaign_id,
                    banner_id,
                    phrase_id,
                    account_id,
                    text_description,
                    event_type,
                    timestamp,
                    event_name,
                    attributes,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for EventsLogItemAttributes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.moderation_result.is_present() {
            map.serialize_entry("ModerationResult", &self.moderation_result)?;
        }
        if self.min_price.is_present() {
            map.serialize_entry("MinPrice", &self.min_price)?;
        }
        if self.rest.is_present() {
            map.serialize_entry("Rest", &self.rest)?;
        }
        if self.payed.is_present() {
            map.serialize_entry("Payed", &self.payed)?;
        }
        if self.finish_date.is_present() {
            map.serialize_entry("FinishDate", &self.finish_date)?;
        }
        if self.old_place.is_present() {
            map.serialize_entry("OldPlace", &self.old_place)?;
        }
        if self.is_edited_by_moderator.is_present() {
            map.serialize_entry("IsEditedByModerator", &self.is_edited_by_moderator)?;
        }
        if self.stop_time.is_present() {
            map.serialize_entry("StopTime", &self.stop_time)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for EventsLogItemAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = EventsLogItemAttributes;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `EventsLogItemAttributes` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<EventsLogItemAttributes, A::Error> {
                let mut moderation_result = rt::Nullable::Absent;
                let mut min_price = rt::Nullable::Absent;
                let mut rest = rt::Nullable::Absent;
                let mut payed = rt::Nullable::Absent;
                let mut finish_date = rt::Nullable::Absent;
                let mut old_place = rt::Nullable::Absent;
                let mut is_edited_by_moderator = rt::Nullable::Absent;
                let mut stop_time = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ModerationResult" => moderation_result = map.next_value()?,
                        "MinPrice" => min_price = map.next_value()?,
                        "Rest" => rest = map.next_value()?,
                        "Payed" => payed = map.next_value()?,
                        "FinishDate" => finish_date = map.next_value()?,
                        "OldPlace" => old_place = map.next_value()?,
                        "IsEditedByModerator" => {
                            is_edited_by_moderator = map.next_value()?;
                        }
                        "StopTime" => stop_time = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "EventsLogItemAttributes",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(EventsLogItemAttributes {
                    moderation_result,
                    min_price,
                    rest,
                    payed,
                    finish_date,
                    old_place,
                    is_edited_by_moderator,
                    stop_time,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ForecastCommonInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.geo {
            map.serialize_entry("Geo", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shows {
            map.serialize_entry("Shows", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.clicks {
            map.serialize_entry("Clicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.first_place_clicks {
            map.serialize_entry("FirstPlaceClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.premium_clicks {
            map.serialize_entry("PremiumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.min {
            map.serialize_entry("Min", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max {
            map.serialize_entry("Max", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.premium_min {
            map.serialize_entry("PremiumMin", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ForecastCommonInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ForecastCommonInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ForecastCommonInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ForecastCommonInfo, A::Error> {
                let mut geo = ::core::option::Option::None;
                let mut shows = ::core::option::Option::None;
                let mut clicks = ::core::option::Option::None;
                let mut first_place_clicks = ::core::option::Option::None;
                let mut premium_clicks = ::core::option::Option::None;
                let mut min = ::core::option::Option::None;
                let mut max = ::core::option::Option::None;
                let mut premium_min = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Geo" => {
                            geo = rt::wire::optional_value(
                                &mut map,
                                "Geo",
                                &mut unknown_fields,
                            )?;
                        }
                        "Shows" => {
                            shows = rt::wire::optional_value(
                                &mut map,
                                "Shows",
                                &mut unknown_fields,
                            )?;
                        }
                        "Clicks" => {
                            clicks = rt::wire::optional_value(
                                &mut map,
                                "Clicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "FirstPlaceClicks" => {
                            first_place_clicks = rt::wire::optional_value(
                                &mut map,
                                "FirstPlaceClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "PremiumClicks" => {
                            premium_clicks = rt::wire::optional_value(
                                &mut map,
                                "PremiumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "Min" => {
                            min = rt::wire::optional_value(
                                &mut map,
                                "Min",
                                &mut unknown_fields,
                            )?;
                        }
                        "Max" => {
                            max = rt::wire::optional_value(
                                &mut map,
                                "Max",
                                &mut unknown_fields,
                            )?;
                        }
                        "PremiumMin" => {
                            premium_min = rt::wire::optional_value(
                                &mut map,
                                "PremiumMin",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ForecastCommonInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ForecastCommonInfo {
                    geo,
                    shows,
                    clicks,
                    first_place_clicks,
                    premium_clicks,
                    min,
                    max,
                    premium_min,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ForecastStatusInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.forecast_id {
            map.serialize_entry("ForecastID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_forecast {
            map.serialize_entry("StatusForecast", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ForecastStatusInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ForecastStatusInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ForecastStatusInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ForecastStatusInfo, A::Error> {
                let mut forecast_id = ::core::option::Option::None;
                let mut status_forecast = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ForecastID" => {
                            forecast_id = rt::wire::optional_value(
                                &mut map,
                                "ForecastID",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusForecast" => {
                            status_forecast = rt::wire::optional_value(
                                &mut map,
                                "StatusForecast",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ForecastStatusInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ForecastStatusInfo {
                    forecast_id,
                    status_forecast,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetEventsLogFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        if self.banner_ids.is_present() {
            map.serialize_entry("BannerIDS", &self.banner_ids)?;
        }
        if self.phrase_ids.is_present() {
            map.serialize_entry("PhraseIDS", &self.phrase_ids)?;
        }
        if self.account_ids.is_present() {
            map.serialize_entry("AccountIDS", &self.account_ids)?;
        }
        if self.event_type.is_present() {
            map.serialize_entry("EventType", &self.event_type)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetEventsLogFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetEventsLogFilter;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetEventsLogFilter` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetEventsLogFilter, A::Error> {
                let mut campaign_ids = rt::Nullable::Absent;
                let mut banner_ids = rt::Nullable::Absent;
                let mut phrase_ids = rt::Nullable::Absent;
                let mut account_ids = rt::Nullable::Absent;
                let mut event_type = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        "BannerIDS" => banner_ids = map.next_value()?,
                        "PhraseIDS" => phrase_ids = map.next_value()?,
                        "AccountIDS" => account_ids = map.next_value()?,
                        "EventType" => event_type = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetEventsLogFilter",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetEventsLogFilter {
                    campaign_ids,
                    banner_ids,
                    phrase_ids,
                    account_ids,
                    event_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetEventsLogRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.timestamp_from {
            map.serialize_entry("TimestampFrom", value)?;
        }
        if self.timestamp_to.is_present() {
            map.serialize_entry("TimestampTo", &self.timestamp_to)?;
        }
        if self.last_event_only.is_present() {
            map.serialize_entry("LastEventOnly", &self.last_event_only)?;
        }
        if self.with_text_description.is_present() {
            map.serialize_entry("WithTextDescription", &self.with_text_description)?;
        }
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        if self.filter.is_present() {
            map.serialize_entry("Filter", &self.filter)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.limit.is_present() {
            map.serialize_entry("Limit", &self.limit)?;
        }
        if self.offset.is_present() {
            map.serialize_entry("Offset", &self.offset)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetEventsLogRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetEventsLogRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetEventsLogRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetEventsLogRequest, A::Error> {
                let mut timestamp_from = ::core::option::Option::None;
                let mut timestamp_to = rt::Nullable::Absent;
                let mut last_event_only = rt::Nullable::Absent;
                let mut with_text_description = rt::Nullable::Absent;
                let mut logins = rt::Nullable::Absent;
                let mut filter = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut limit = rt::Nullable::Absent;
                let mut offset = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TimestampFrom" => {
                            timestamp_from = rt::wire::optional_value(
                                &mut map,
                                "TimestampFrom",
                                &mut unknown_fields,
                            )?;
                        }
                        "TimestampTo" => timestamp_to = map.next_value()?,
                        "LastEventOnly" => last_event_only = map.next_value()?,
                        "WithTextDescription" => {
                            with_text_description = map.next_value()?;
                        }
                        "Logins" => logins = map.next_value()?,
                        "Filter" => filter = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        "Limit" => limit = map.next_value()?,
                        "Offset" => offset = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetEventsLogRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetEventsLogRequest {
                    timestamp_from,
                    timestamp_to,
                    last_event_only,
                    with_text_description,
                    logins,
                    filter,
                    currency,
                    limit,
                    offset,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetForecastInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.categories {
            map.serialize_entry("Categories", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.phrases {
            map.serialize_entry("Phrases", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.common {
            map.serialize_entry("Common", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetForecastInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetForecastInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetForecastInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetForecastInfo, A::Error> {
                let mut categories = ::core::option::Option::None;
                let mut phrases = ::core::option::Option::None;
                let mut common = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Categories" => {
                            categories = rt::wire::optional_value(
                                &mut map,
                                "Categories",
                                &mut unknown_fields,
                            )?;
                        }
                        "Phrases" => {
                            phrases = rt::wire::optional_value(
                                &mut map,
                                "Phrases",
                                &mut unknown_fields,
                            )?;
                        }
                        "Common" => {
                            common = rt::wire::optional_value(
                                &mut map,
                                "Common",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetForecastInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetForecastInfo {
                    categories,
                    phrases,
                    common,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetRetargetingGoalsRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.logins.is_present() {
            map.serialize_entry("Logins", &self.logins)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRetargetingGoalsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRetargetingGoalsRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRetargetingGoalsRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRetargetingGoalsRequest, A::Error> {
                let mut logins = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Logins" => logins = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRetargetingGoalsRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRetargetingGoalsRequest {
                    logins,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for KeywordsSuggestionInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.keywords {
            map.serialize_entry("Keywords", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for KeywordsSuggestionInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = KeywordsSuggestionInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `KeywordsSuggestionInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<KeywordsSuggestionInfo, A::Error> {
                let mut keywords = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Keywords" => {
                            keywords = rt::wire::optional_value(
                                &mut map,
                                "Keywords",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "KeywordsSuggestionInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(KeywordsSuggestionInfo {
                    keywords,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NewForecastInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.categories.is_present() {
            map.serialize_entry("Categories", &self.categories)?;
        }
        if self.phrases.is_present() {
            map.serialize_entry("Phrases", &self.phrases)?;
        }
        if self.common_minus_words.is_present() {
            map.serialize_entry("CommonMinusWords", &self.common_minus_words)?;
        }
        if self.geo_id.is_present() {
            map.serialize_entry("GeoID", &self.geo_id)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        if self.auction_bids.is_present() {
            map.serialize_entry("AuctionBids", &self.auction_bids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewForecastInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NewForecastInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NewForecastInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NewForecastInfo, A::Error> {
                let mut categories = rt::Nullable::Absent;
                let mut phrases = rt::Nullable::Absent;
                let mut common_minus_words = rt::Nullable::Absent;
                let mut geo_id = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut auction_bids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Categories" => categories = map.next_value()?,
                        "Phrases" => phrases = map.next_value()?,
                        "CommonMinusWords" => common_minus_words = map.next_value()?,
                        "GeoID" => geo_id = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        "AuctionBids" => auction_bids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NewForecastInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NewForecastInfo {
                    categories,
                    phrases,
                    common_minus_words,
                    geo_id,
                    currency,
                    auction_bids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for NewWordstatReportInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrases {
            map.serialize_entry("Phrases", value)?;
        }
        if self.geo_id.is_present() {
            map.serialize_entry("GeoID", &self.geo_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for NewWordstatReportInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = NewWordstatReportInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `NewWordstatReportInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<NewWordstatReportInfo, A::Error> {
                let mut phrases = ::core::option::Option::None;
                let mut geo_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrases" => {
                            phrases = rt::wire::optional_value(
                                &mut map,
                                "Phrases",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoID" => geo_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "NewWordstatReportInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(NewWordstatReportInfo {
                    phrases,
                    geo_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PayCampElement {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.campaign_id {
            map.serialize_entry("CampaignID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.sum {
            map.serialize_entry("Sum", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampElement {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampElement;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampElement` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampElement, A::Error> {
                let mut campaign_id = ::core::option::Option::None;
                let mut sum = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => {
                            campaign_id = rt::wire::optional_value(
                                &mut map,
                                "CampaignID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Sum" => {
                            sum = rt::wire::optional_value(
                                &mut map,
                                "Sum",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampElement",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampElement {
                    campaign_id,
                    sum,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PayCampaignsByCardInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.pay_method_id {
            map.serialize_entry("PayMethodID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_transaction_id {
            map.serialize_entry("CustomTransactionID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        if self.version.is_present() {
            map.serialize_entry("Version", &self.version)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampaignsByCardInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampaignsByCardInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampaignsByCardInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampaignsByCardInfo, A::Error> {
                let mut pay_method_id = ::core::option::Option::None;
                let mut custom_transaction_id = ::core::option::Option::None;
                let mut payments = ::core::option::Option::None;
                let mut version = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "PayMethodID" => {
                            pay_method_id = rt::wire::optional_value(
                                &mut map,
                                "PayMethodID",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomTransactionID" => {
                            custom_transaction_id = rt::wire::optional_value(
                                &mut map,
                                "CustomTransactionID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        "Version" => version = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampaignsByCardInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampaignsByCardInfo {
                    pay_method_id,
                    custom_transaction_id,
                    payments,
                    version,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PayCampaignsInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.payments {
            map.serialize_entry("Payments", value)?;
        }
        if self.contract_id.is_present() {
            map.serialize_entry("ContractID", &self.contract_id)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_method {
            map.serialize_entry("PayMethod", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PayCampaignsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PayCampaignsInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PayCampaignsInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PayCampaignsInfo, A::Error> {
                let mut payments = ::core::option::Option::None;
                let mut contract_id = rt::Nullable::Absent;
                let mut pay_method = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Payments" => {
                            payments = rt::wire::optional_value(
                                &mut map,
                                "Payments",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContractID" => contract_id = map.next_value()?,
                        "PayMethod" => {
                            pay_method = rt::wire::optional_value(
                                &mut map,
                                "PayMethod",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PayCampaignsInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PayCampaignsInfo {
                    payments,
                    contract_id,
                    pay_method,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Payment {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.account_id {
            map.serialize_entry("AccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if self.origin.is_present() {
            map.serialize_entry("Origin", &self.origin)?;
        }
        if self.contract.is_present() {
            map.serialize_entry("Contract", &self.contract)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Payment {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Payment;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Payment` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Payment, A::Error> {
                let mut account_id = ::core::option::Option::None;
                let mut amount = ::core::option::Option::None;
                let mut origin = rt::Nullable::Absent;
                let mut contract = rt::Nullable::Absent;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AccountID" => {
                            account_id = rt::wire::optional_value(
                                &mut map,
                                "AccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "Origin" => origin = map.next_value()?,
                        "Contract" => contract = map.next_value()?,
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Payment",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Payment {
                    account_id,
                    amount,
                    origin,
                    contract,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PhraseAuctionBids {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.position.is_present() {
            map.serialize_entry("Position", &self.position)?;
        }
        if self.bid.is_present() {
            map.serialize_entry("Bid", &self.bid)?;
        }
        if self.price.is_present() {
            map.serialize_entry("Price", &self.price)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PhraseAuctionBids {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PhraseAuctionBids;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PhraseAuctionBids` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PhraseAuctionBids, A::Error> {
                let mut position = rt::Nullable::Absent;
                let mut bid = rt::Nullable::Absent;
                let mut price = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Position" => position = map.next_value()?,
                        "Bid" => bid = map.next_value()?,
                        "Price" => price = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PhraseAuctionBids",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PhraseAuctionBids {
                    position,
                    bid,
                    price,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PhraseUserParams {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.param1.is_present() {
            map.serialize_entry("Param1", &self.param1)?;
        }
        if self.param2.is_present() {
            map.serialize_entry("Param2", &self.param2)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PhraseUserParams {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PhraseUserParams;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PhraseUserParams` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PhraseUserParams, A::Error> {
                let mut param1 = rt::Nullable::Absent;
                let mut param2 = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Param1" => param1 = map.next_value()?,
                        "Param2" => param2 = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PhraseUserParams",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PhraseUserParams {
                    param1,
                    param2,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PingApiXInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.int_value {
            map.serialize_entry("IntValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.date_value {
            map.serialize_entry("DateValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.str_value {
            map.serialize_entry("StrValue", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.int_array {
            map.serialize_entry("IntArray", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.str_array {
            map.serialize_entry("StrArray", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.struct_array {
            map.serialize_entry("StructArray", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PingApiXInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PingApiXInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PingAPI_XInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PingApiXInfo, A::Error> {
                let mut int_value = ::core::option::Option::None;
                let mut date_value = ::core::option::Option::None;
                let mut str_value = ::core::option::Option::None;
                let mut int_array = ::core::option::Option::None;
                let mut str_array = ::core::option::Option::None;
                let mut struct_array = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "IntValue" => {
                            int_value = rt::wire::optional_value(
                                &mut map,
                                "IntValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "DateValue" => {
                            date_value = rt::wire::optional_value(
                                &mut map,
                                "DateValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrValue" => {
                            str_value = rt::wire::optional_value(
                                &mut map,
                                "StrValue",
                                &mut unknown_fields,
                            )?;
                        }
                        "IntArray" => {
                            int_array = rt::wire::optional_value(
                                &mut map,
                                "IntArray",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrArray" => {
                            str_array = rt::wire::optional_value(
                                &mut map,
                                "StrArray",
                                &mut unknown_fields,
                            )?;
                        }
                        "StructArray" => {
                            struct_array = rt::wire::optional_value(
                                &mut map,
                                "StructArray",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PingAPI_XInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PingApiXInfo {
                    int_value,
                    date_value,
                    str_value,
                    int_array,
                    str_array,
                    struct_array,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PingApiXStructInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.field1 {
            map.serialize_entry("Field1", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.field2 {
            map.serialize_entry("Field2", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PingApiXStructInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PingApiXStructInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PingAPI_XStructInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PingApiXStructInfo, A::Error> {
                let mut field1 = ::core::option::Option::None;
                let mut field2 = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Field1" => {
                            field1 = rt::wire::optional_value(
                                &mut map,
                                "Field1",
                                &mut unknown_fields,
                            )?;
                        }
                        "Field2" => {
                            field2 = rt::wire::optional_value(
                                &mut map,
                                "Field2",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PingAPI_XStructInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PingApiXStructInfo {
                    field1,
                    field2,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RejectReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.text {
            map.serialize_entry("Text", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RejectReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RejectReason;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RejectReason` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RejectReason, A::Error> {
                let mut type_ = ::core::option::Option::None;
                let mut text = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        "Text" => {
                            text = rt::wire::optional_value(
                                &mut map,
                                "Text",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RejectReason",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RejectReason {
                    type_,
                    text,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for RetargetingGoal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_domain {
            map.serialize_entry("GoalDomain", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.login {
            map.serialize_entry("Login", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RetargetingGoal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = RetargetingGoal;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `RetargetingGoal` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<RetargetingGoal, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut goal_domain = ::core::option::Option::None;
                let mut login = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalID" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalDomain" => {
                            goal_domain = rt::wire::optional_value(
                                &mut map,
                                "GoalDomain",
                                &mut unknown_fields,
                            )?;
                        }
                        "Login" => {
                            login = rt::wire::optional_value(
                                &mut map,
                                "Login",
                                &mut unknown_fields,
                            )?;
                        }
                        "Type" => {
                            type_ = rt::wire::optional_value(
                                &mut map,
                                "Type",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "RetargetingGoal",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(RetargetingGoal {
                    goal_id,
                    name,
                    goal_domain,
                    login,
                    type_,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for SmsNotificationInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.metrica_sms.is_present() {
            map.serialize_entry("MetricaSms", &self.metrica_sms)?;
        }
        if self.moderate_result_sms.is_present() {
            map.serialize_entry("ModerateResultSms", &self.moderate_result_sms)?;
        }
        if self.money_in_sms.is_present() {
            map.serialize_entry("MoneyInSms", &self.money_in_sms)?;
        }
        if self.money_out_sms.is_present() {
            map.serialize_entry("MoneyOutSms", &self.money_out_sms)?;
        }
        if self.paused_by_day_budget_sms.is_present() {
            map.serialize_entry("PausedByDayBudgetSms", &self.paused_by_day_budget_sms)?;
        }
        if self.sms_time_from.is_present() {
            map.serialize_entry("SmsTimeFrom", &self.sms_time_from)?;
        }
        if self.sms_time_to.is_present() {
            map.serialize_entry("SmsTimeTo", &self.sms_time_to)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SmsNotificationInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = SmsNotificationInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `SmsNotificationInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<SmsNotificationInfo, A::Error> {
                let mut metrica_sms = rt::Nullable::Absent;
                let mut moderate_result_sms = rt::Nullable::Absent;
                let mut money_in_sms = rt::Nullable::Absent;
                let mut money_out_sms = rt::Nullable::Absent;
                let mut paused_by_day_budget_sms = rt::Nullable::Absent;
                let mut sms_time_from = rt::Nullable::Absent;
                let mut sms_time_to = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MetricaSms" => metrica_sms = map.next_value()?,
                        "ModerateResultSms" => moderate_result_sms = map.next_value()?,
                        "MoneyInSms" => money_in_sms = map.next_value()?,
                        "MoneyOutSms" => money_out_sms = map.next_value()?,
                        "PausedByDayBudgetSms" => {
                            paused_by_day_budget_sms = map.next_value()?;
                        }
                        "SmsTimeFrom" => sms_time_from = map.next_value()?,
                        "SmsTimeTo" => sms_time_to = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "SmsNotificationInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(SmsNotificationInfo {
                    metrica_sms,
                    moderate_result_sms,
                    money_in_sms,
                    money_out_sms,
                    paused_by_day_budget_sms,
                    sms_time_from,
                    sms_time_to,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StatGoalInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_for_strategy {
            map.serialize_entry("AvailableForStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.available_for_context_strategy
        {
            map.serialize_entry("AvailableForContextStrategy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goals_reached {
            map.serialize_entry("GoalsReached", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.context_goals_reached {
            map.serialize_entry("ContextGoalsReached", value)?;
        }
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatGoalInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StatGoalInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StatGoalInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StatGoalInfo, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut available_for_strategy = ::core::option::Option::None;
                let mut available_for_context_strategy = ::core::option::Option::None;
                let mut goals_reached = ::core::option::Option::None;
                let mut context_goals_reached = ::core::option::Option::None;
                let mut campaign_id = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalID" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableForStrategy" => {
                            available_for_strategy = rt::wire::optional_value(
                                &mut map,
                                "AvailableForStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "AvailableForContextStrategy" => {
                            available_for_context_strategy = rt::wire::optional_value(
                                &mut map,
                                "AvailableForContextStrategy",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalsReached" => {
                            goals_reached = rt::wire::optional_value(
                                &mut map,
                                "GoalsReached",
                                &mut unknown_fields,
                            )?;
                        }
                        "ContextGoalsReached" => {
                            context_goals_reached = rt::wire::optional_value(
                                &mut map,
                                "ContextGoalsReached",
                                &mut unknown_fields,
                            )?;
                        }
                        "CampaignID" => campaign_id = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StatGoalInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StatGoalInfo {
                    goal_id,
                    name,
                    available_for_strategy,
                    available_for_context_strategy,
                    goals_reached,
                    context_goals_reached,
                    campaign_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StatGoalsCampaignIdInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.campaign_id.is_present() {
            map.serialize_entry("CampaignID", &self.campaign_id)?;
        }
        if self.campaign_ids.is_present() {
            map.serialize_entry("CampaignIDS", &self.campaign_ids)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StatGoalsCampaignIdInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StatGoalsCampaignIdInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StatGoalsCampaignIDInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StatGoalsCampaignIdInfo, A::Error> {
                let mut campaign_id = rt::Nullable::Absent;
                let mut campaign_ids = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "CampaignID" => campaign_id = map.next_value()?,
                        "CampaignIDS" => campaign_ids = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StatGoalsCampaignIDInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StatGoalsCampaignIdInfo {
                    campaign_id,
                    campaign_ids,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TagInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.tag_id {
            map.serialize_entry("TagID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.tag {
            map.serialize_entry("Tag", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TagInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TagInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TagInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TagInfo, A::Error> {
                let mut tag_id = ::core::option::Option::None;
                let mut tag = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "TagID" => {
                            tag_id = rt::wire::optional_value(
                                &mut map,
                                "TagID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Tag" => {
                            tag = rt::wire::optional_value(
                                &mut map,
                                "Tag",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TagInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TagInfo {
                    tag_id,
                    tag,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Transfer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.from_account_id {
            map.serialize_entry("FromAccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.to_account_id {
            map.serialize_entry("ToAccountID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.amount {
            map.serialize_entry("Amount", value)?;
        }
        if self.currency.is_present() {
            map.serialize_entry("Currency", &self.currency)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Transfer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Transfer;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Transfer` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Transfer, A::Error> {
                let mut from_account_id = ::core::option::Option::None;
                let mut to_account_id = ::core::option::Option::None;
                let mut amount = ::core::option::Option::None;
                let mut currency = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FromAccountID" => {
                            from_account_id = rt::wire::optional_value(
                                &mut map,
                                "FromAccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "ToAccountID" => {
                            to_account_id = rt::wire::optional_value(
                                &mut map,
                                "ToAccountID",
                                &mut unknown_fields,
                            )?;
                        }
                        "Amount" => {
                            amount = rt::wire::optional_value(
                                &mut map,
                                "Amount",
                                &mut unknown_fields,
                            )?;
                        }
                        "Currency" => currency = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Transfer",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Transfer {
                    from_account_id,
                    to_account_id,
                    amount,
                    currency,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for TransferMoneyInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.from_campaigns {
            map.serialize_entry("FromCampaigns", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.to_campaigns {
            map.serialize_entry("ToCampaigns", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferMoneyInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = TransferMoneyInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `TransferMoneyInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<TransferMoneyInfo, A::Error> {
                let mut from_campaigns = ::core::option::Option::None;
                let mut to_campaigns = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FromCampaigns" => {
                            from_campaigns = rt::wire::optional_value(
                                &mut map,
                                "FromCampaigns",
                                &mut unknown_fields,
                            )?;
                        }
                        "ToCampaigns" => {
                            to_campaigns = rt::wire::optional_value(
                                &mut map,
                                "ToCampaigns",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "TransferMoneyInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(TransferMoneyInfo {
                    from_campaigns,
                    to_campaigns,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for VersionDesc {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.version_number {
            map.serialize_entry("VersionNumber", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.link_wsdl {
            map.serialize_entry("LinkWSDL", value)?;
        }
        if self.border_date.is_present() {
            map.serialize_entry("BorderDate", &self.border_date)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VersionDesc {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = VersionDesc;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `VersionDesc` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<VersionDesc, A::Error> {
                let mut version_number = ::core::option::Option::None;
                let mut link_wsdl = ::core::option::Option::None;
                let mut border_date = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "VersionNumber" => {
                            version_number = rt::wire::optional_value(
                                &mut map,
                                "VersionNumber",
                                &mut unknown_fields,
                            )?;
                        }
                        "LinkWSDL" => {
                            link_wsdl = rt::wire::optional_value(
                                &mut map,
                                "LinkWSDL",
                                &mut unknown_fields,
                            )?;
                        }
                        "BorderDate" => border_date = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "VersionDesc",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(VersionDesc {
                    version_number,
                    link_wsdl,
                    border_date,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for Warning {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.warning_code {
            map.serialize_entry("WarningCode", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.warning_string {
            map.serialize_entry("WarningString", value)?;
        }
        if self.description.is_present() {
            map.serialize_entry("Description", &self.description)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Warning {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = Warning;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `Warning` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<Warning, A::Error> {
                let mut warning_code = ::core::option::Option::None;
                let mut warning_string = ::core::option::Option::None;
                let mut description = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WarningCode" => {
                            warning_code = rt::wire::optional_value(
                                &mut map,
                                "WarningCode",
                                &mut unknown_fields,
                            )?;
                        }
                        "WarningString" => {
                            warning_string = rt::wire::optional_value(
                                &mut map,
                                "WarningString",
                                &mut unknown_fields,
                            )?;
                        }
                        "Description" => description = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "Warning",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(Warning {
                    warning_code,
                    warning_string,
                    description,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for WordstatItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrase {
            map.serialize_entry("Phrase", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.shows {
            map.serialize_entry("Shows", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatItem, A::Error> {
                let mut phrase = ::core::option::Option::None;
                let mut shows = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => {
                            phrase = rt::wire::optional_value(
                                &mut map,
                                "Phrase",
                                &mut unknown_fields,
                            )?;
                        }
                        "Shows" => {
                            shows = rt::wire::optional_value(
                                &mut map,
                                "Shows",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatItem {
                    phrase,
                    shows,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for WordstatReportInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.phrase {
            map.serialize_entry("Phrase", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.geo_id {
            map.serialize_entry("GeoID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.searched_with {
            map.serialize_entry("SearchedWith", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.searched_also {
            map.serialize_entry("SearchedAlso", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatReportInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatReportInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatReportInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatReportInfo, A::Error> {
                let mut phrase = ::core::option::Option::None;
                let mut geo_id = ::core::option::Option::None;
                let mut searched_with = ::core::option::Option::None;
                let mut searched_also = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Phrase" => {
                            phrase = rt::wire::optional_value(
                                &mut map,
                                "Phrase",
                                &mut unknown_fields,
                            )?;
                        }
                        "GeoID" => {
                            geo_id = rt::wire::optional_value(
                                &mut map,
                                "GeoID",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchedWith" => {
                            searched_with = rt::wire::optional_value(
                                &mut map,
                                "SearchedWith",
                                &mut unknown_fields,
                            )?;
                        }
                        "SearchedAlso" => {
                            searched_also = rt::wire::optional_value(
                                &mut map,
                                "SearchedAlso",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatReportInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatReportInfo {
                    phrase,
                    geo_id,
                    searched_with,
                    searched_also,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for WordstatReportStatusInfo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.report_id {
            map.serialize_entry("ReportID", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_report {
            map.serialize_entry("StatusReport", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for WordstatReportStatusInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = WordstatReportStatusInfo;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `WordstatReportStatusInfo` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<WordstatReportStatusInfo, A::Error> {
                let mut report_id = ::core::option::Option::None;
                let mut status_report = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ReportID" => {
                            report_id = rt::wire::optional_value(
                                &mut map,
                                "ReportID",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusReport" => {
                            status_report = rt::wire::optional_value(
                                &mut map,
                                "StatusReport",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "WordstatReportStatusInfo",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(WordstatReportStatusInfo {
                    report_id,
                    status_report,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
