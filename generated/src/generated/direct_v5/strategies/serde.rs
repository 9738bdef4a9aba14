// @generated from schema/direct_v5/strategies.json by `cargo run -p codegen`. Do not edit: change the schema or the generator and regenerate.

//! Serde glue of `strategies` (`schema/direct_v5/strategies.json`), which nothing calls by name:
//! the `Serialize` and `Deserialize` impls of its types (unknown keys and values are
//! kept), and the paging impls of its `get` methods.
use crate::runtime as rt;
use super::*;
impl ::serde::Serialize for StrategyFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyMaximumClicksFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpcFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpaFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyMaxProfitFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyPayForConversionFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCrrFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsFieldEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for StrategyType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for BudgetTypeEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BudgetTypeEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        rt::wire::deserialize_enum(
            deserializer,
            Self::from_wire,
            Self::KNOWN,
            Self::as_str,
        )
    }
}
impl ::serde::Serialize for ExplorationBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry(
            "MinimumExplorationBudget",
            &self.minimum_exploration_budget,
        )?;
        map.serialize_entry(
            "IsMinimumExplorationBudgetCustom",
            &self.is_minimum_exploration_budget_custom,
        )?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ExplorationBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ExplorationBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ExplorationBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ExplorationBudget, A::Error> {
                let mut minimum_exploration_budget = ::core::option::Option::None;
                let mut is_minimum_exploration_budget_custom = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "MinimumExplorationBudget" => {
                            minimum_exploration_budget = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "IsMinimumExplorationBudgetCustom" => {
                            is_minimum_exploration_budget_custom = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ExplorationBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ExplorationBudget {
                    minimum_exploration_budget: rt::wire::required(
                        minimum_exploration_budget,
                        "MinimumExplorationBudget",
                    )?,
                    is_minimum_exploration_budget_custom: rt::wire::required(
                        is_minimum_exploration_budget_custom,
                        "IsMinimumExplorationBudgetCustom",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for CustomPeriodBudget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SpendLimit", &self.spend_limit)?;
        map.serialize_entry("StartDate", &self.start_date)?;
        map.serialize_entry("EndDate", &self.end_date)?;
        map.serialize_entry("AutoContinue", &self.auto_continue)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomPeriodBudget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = CustomPeriodBudget;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `CustomPeriodBudget` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<CustomPeriodBudget, A::Error> {
                let mut spend_limit = ::core::option::Option::None;
                let mut start_date = ::core::option::Option::None;
                let mut end_date = ::core::option::Option::None;
                let mut auto_continue = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SpendLimit" => {
                            spend_limit = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StartDate" => {
                            start_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "EndDate" => {
                            end_date = ::core::option::Option::Some(map.next_value()?);
                        }
                        "AutoContinue" => {
                            auto_continue = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "CustomPeriodBudget",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(CustomPeriodBudget {
                    spend_limit: rt::wire::required(spend_limit, "SpendLimit")?,
                    start_date: rt::wire::required(start_date, "StartDate")?,
                    end_date: rt::wire::required(end_date, "EndDate")?,
                    auto_continue: rt::wire::required(auto_continue, "AutoContinue")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        map.serialize_entry("GoalId", &self.goal_id)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcAddItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcAddItem {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaAddItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaAddItem {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfitAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitAddItem, A::Error> {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionAddItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpa", &self.average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignAddItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = ::core::option::Option::Some(map.next_value()?);
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignAddItem {
                    average_cpa: rt::wire::required(average_cpa, "AverageCpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignAddItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Cpa", &self.cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterAddItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => cpa = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterAddItem {
                    cpa: rt::wire::required(cpa, "Cpa")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("FilterAverageCpa", &self.filter_average_cpa)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterAddItem, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterAddItem {
                    filter_average_cpa: rt::wire::required(
                        filter_average_cpa,
                        "FilterAverageCpa",
                    )?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("AverageCpc", &self.average_cpc)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignAddItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignAddItem {
                    average_cpc: rt::wire::required(average_cpc, "AverageCpc")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpc {
            map.serialize_entry("FilterAverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterAddItem, A::Error> {
                let mut filter_average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => {
                            filter_average_cpc = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterAddItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrrAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrAddItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrAddItem {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Crr", &self.crr)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrAddItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => crr = ::core::option::Option::Some(map.next_value()?),
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrAddItem {
                    crr: rt::wire::required(crr, "Crr")?,
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.exploration_budget {
            map.serialize_entry("ExplorationBudget", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.bid_ceiling {
            map.serialize_entry("BidCeiling", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsAddItem,
                A::Error,
            > {
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut exploration_budget = ::core::option::Option::None;
                let mut bid_ceiling = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "ExplorationBudget" => {
                            exploration_budget = rt::wire::optional_value(
                                &mut map,
                                "ExplorationBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        "BidCeiling" => {
                            bid_ceiling = rt::wire::optional_value(
                                &mut map,
                                "BidCeiling",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsAddItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        if let ::core::option::Option::Some(value) = &self.weekly_spend_limit {
            map.serialize_entry("WeeklySpendLimit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.custom_period_budget {
            map.serialize_entry("CustomPeriodBudget", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsAddItem,
                A::Error,
            > {
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = ::core::option::Option::None;
                let mut custom_period_budget = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "WeeklySpendLimit" => {
                            weekly_spend_limit = rt::wire::optional_value(
                                &mut map,
                                "WeeklySpendLimit",
                                &mut unknown_fields,
                            )?;
                        }
                        "CustomPeriodBudget" => {
                            custom_period_budget = rt::wire::optional_value(
                                &mut map,
                                "CustomPeriodBudget",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsAddItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcBase, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcBase {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaBase, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaBase {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfitBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionBase, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignBase, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignBase {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignBase,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterBase,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterBase {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterBase, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterBase {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignBase, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignBase {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterBase, A::Error> {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterBase {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrrBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrBase, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrBase {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrBase, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrBase {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaMultipleGoalsBase, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsBase;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsBase` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsBase,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsBase",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsBase {
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for PriorityGoalsItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("GoalId", &self.goal_id)?;
        map.serialize_entry("Value", &self.value)?;
        if let ::core::option::Option::Some(value) = &self.is_metrika_source_of_value {
            map.serialize_entry("IsMetrikaSourceOfValue", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for PriorityGoalsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = PriorityGoalsItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `PriorityGoalsItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<PriorityGoalsItem, A::Error> {
                let mut goal_id = ::core::option::Option::None;
                let mut value = ::core::option::Option::None;
                let mut is_metrika_source_of_value = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "GoalId" => {
                            goal_id = ::core::option::Option::Some(map.next_value()?);
                        }
                        "Value" => {
                            value = ::core::option::Option::Some(map.next_value()?);
                        }
                        "IsMetrikaSourceOfValue" => {
                            is_metrika_source_of_value = rt::wire::optional_value(
                                &mut map,
                                "IsMetrikaSourceOfValue",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "PriorityGoalsItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(PriorityGoalsItem {
                    goal_id: rt::wire::required(goal_id, "GoalId")?,
                    value: rt::wire::required(value, "Value")?,
                    is_metrika_source_of_value,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAddItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        map.serialize_entry("Name", &self.name)?;
        if let ::core::option::Option::Some(value) = &self.counter_ids {
            map.serialize_entry("CounterIds", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.priority_goals {
            map.serialize_entry("PriorityGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAddItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAddItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAddItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAddItem, A::Error> {
                let mut attribution_model = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut counter_ids = ::core::option::Option::None;
                let mut priority_goals = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
                                &mut unknown_fields,
                            )?;
                        }
                        "Name" => name = ::core::option::Option::Some(map.next_value()?),
                        "CounterIds" => {
                            counter_ids = rt::wire::optional_value(
                                &mut map,
                                "CounterIds",
                                &mut unknown_fields,
                            )?;
                        }
                        "PriorityGoals" => {
                            priority_goals = rt::wire::optional_value(
                                &mut map,
                                "PriorityGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAddItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAddItem {
                    attribution_model,
                    name: rt::wire::required(name, "Name")?,
                    counter_ids,
                    priority_goals,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumConversionRateGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcGetItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcGetItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaGetItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaGetItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfitGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitGetItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionGetItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerCampaignGetItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignGetItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignGetItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterGetItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterGetItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaPerFilterGetItem, A::Error> {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterGetItem {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerCampaignGetItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignGetItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcPerFilterGetItem, A::Error> {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterGetItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrrGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrGetItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrGetItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionCrrGetItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrGetItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsGetItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if let ::core::option::Option::Some(value) = &self.budget_type {
            map.serialize_entry("BudgetType", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsGetItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut budget_type = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BudgetType" => {
                            budget_type = rt::wire::optional_value(
                                &mut map,
                                "BudgetType",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsGetItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    budget_type,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyGetItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.id {
            map.serialize_entry("Id", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.type_ {
            map.serialize_entry("Type", value)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.status_archived {
            map.serialize_entry("StatusArchived", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyGetItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyGetItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyGetItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyGetItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut type_ = ::core::option::Option::None;
                let mut priority_goals = rt::Nullable::Absent;
                let mut counter_ids = rt::Nullable::Absent;
                let mut name = ::core::option::Option::None;
                let mut status_archived = ::core::option::Option::None;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => {
                            id = rt::wire::optional_value(
                                &mut map,
                                "Id",
                                &mut unknown_fields,
                            )?;
                        }
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
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
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "CounterIds" => counter_ids = map.next_value()?,
                        "Name" => {
                            name = rt::wire::optional_value(
                                &mut map,
                                "Name",
                                &mut unknown_fields,
                            )?;
                        }
                        "StatusArchived" => {
                            status_archived = rt::wire::optional_value(
                                &mut map,
                                "StatusArchived",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyGetItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyGetItem {
                    id,
                    attribution_model,
                    type_,
                    priority_goals,
                    counter_ids,
                    name,
                    status_archived,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategiesSelectionCriteria {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.ids {
            map.serialize_entry("Ids", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.types {
            map.serialize_entry("Types", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.is_archived {
            map.serialize_entry("IsArchived", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategiesSelectionCriteria {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategiesSelectionCriteria;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategiesSelectionCriteria` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategiesSelectionCriteria, A::Error> {
                let mut ids = ::core::option::Option::None;
                let mut types = ::core::option::Option::None;
                let mut is_archived = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Ids" => {
                            ids = rt::wire::optional_value(
                                &mut map,
                                "Ids",
                                &mut unknown_fields,
                            )?;
                        }
                        "Types" => {
                            types = rt::wire::optional_value(
                                &mut map,
                                "Types",
                                &mut unknown_fields,
                            )?;
                        }
                        "IsArchived" => {
                            is_archived = rt::wire::optional_value(
                                &mut map,
                                "IsArchived",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategiesSelectionCriteria",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategiesSelectionCriteria {
                    ids,
                    types,
                    is_archived,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.page {
            map.serialize_entry("Page", value)?;
        }
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        map.serialize_entry("FieldNames", &self.field_names)?;
        if let ::core::option::Option::Some(value) = &self
            .strategy_maximum_clicks_field_names
        {
            map.serialize_entry("StrategyMaximumClicksFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_maximum_conversion_rate_field_names
        {
            map.serialize_entry("StrategyMaximumConversionRateFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_field_names
        {
            map.serialize_entry("StrategyAverageCpcFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_field_names
        {
            map.serialize_entry("StrategyAverageCpaFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_max_profit_field_names
        {
            map.serialize_entry("StrategyMaxProfitFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_field_names
        {
            map.serialize_entry("StrategyPayForConversionFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_per_campaign_field_names
        {
            map.serialize_entry("StrategyAverageCpaPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_per_campaign_field_names
        {
            map.serialize_entry("StrategyPayForConversionPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_per_filter_field_names
        {
            map.serialize_entry("StrategyPayForConversionPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_per_filter_field_names
        {
            map.serialize_entry("StrategyAverageCpaPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_per_campaign_field_names
        {
            map.serialize_entry("StrategyAverageCpcPerCampaignFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpc_per_filter_field_names
        {
            map.serialize_entry("StrategyAverageCpcPerFilterFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_crr_field_names
        {
            map.serialize_entry("StrategyAverageCrrFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_crr_field_names
        {
            map.serialize_entry("StrategyPayForConversionCrrFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_average_cpa_multiple_goals_field_names
        {
            map.serialize_entry("StrategyAverageCpaMultipleGoalsFieldNames", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .strategy_pay_for_conversion_multiple_goals_field_names
        {
            map.serialize_entry(
                "StrategyPayForConversionMultipleGoalsFieldNames",
                value,
            )?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetRequest, A::Error> {
                let mut page = ::core::option::Option::None;
                let mut selection_criteria = ::core::option::Option::None;
                let mut field_names = ::core::option::Option::None;
                let mut strategy_maximum_clicks_field_names = ::core::option::Option::None;
                let mut strategy_maximum_conversion_rate_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_field_names = ::core::option::Option::None;
                let mut strategy_max_profit_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_per_campaign_field_names = ::core::option::Option::None;
                let mut strategy_average_cpc_per_filter_field_names = ::core::option::Option::None;
                let mut strategy_average_crr_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_crr_field_names = ::core::option::Option::None;
                let mut strategy_average_cpa_multiple_goals_field_names = ::core::option::Option::None;
                let mut strategy_pay_for_conversion_multiple_goals_field_names = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Page" => {
                            page = rt::wire::optional_value(
                                &mut map,
                                "Page",
                                &mut unknown_fields,
                            )?;
                        }
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        "FieldNames" => {
                            field_names = ::core::option::Option::Some(map.next_value()?);
                        }
                        "StrategyMaximumClicksFieldNames" => {
                            strategy_maximum_clicks_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaximumClicksFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyMaximumConversionRateFieldNames" => {
                            strategy_maximum_conversion_rate_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaximumConversionRateFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcFieldNames" => {
                            strategy_average_cpc_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaFieldNames" => {
                            strategy_average_cpa_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyMaxProfitFieldNames" => {
                            strategy_max_profit_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyMaxProfitFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionFieldNames" => {
                            strategy_pay_for_conversion_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaPerCampaignFieldNames" => {
                            strategy_average_cpa_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionPerCampaignFieldNames" => {
                            strategy_pay_for_conversion_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionPerFilterFieldNames" => {
                            strategy_pay_for_conversion_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaPerFilterFieldNames" => {
                            strategy_average_cpa_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcPerCampaignFieldNames" => {
                            strategy_average_cpc_per_campaign_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcPerCampaignFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpcPerFilterFieldNames" => {
                            strategy_average_cpc_per_filter_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpcPerFilterFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCrrFieldNames" => {
                            strategy_average_crr_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCrrFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionCrrFieldNames" => {
                            strategy_pay_for_conversion_crr_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionCrrFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyAverageCpaMultipleGoalsFieldNames" => {
                            strategy_average_cpa_multiple_goals_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyAverageCpaMultipleGoalsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        "StrategyPayForConversionMultipleGoalsFieldNames" => {
                            strategy_pay_for_conversion_multiple_goals_field_names = rt::wire::optional_value(
                                &mut map,
                                "StrategyPayForConversionMultipleGoalsFieldNames",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetRequest {
                    page,
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    field_names: rt::wire::required(field_names, "FieldNames")?,
                    strategy_maximum_clicks_field_names,
                    strategy_maximum_conversion_rate_field_names,
                    strategy_average_cpc_field_names,
                    strategy_average_cpa_field_names,
                    strategy_max_profit_field_names,
                    strategy_pay_for_conversion_field_names,
                    strategy_average_cpa_per_campaign_field_names,
                    strategy_pay_for_conversion_per_campaign_field_names,
                    strategy_pay_for_conversion_per_filter_field_names,
                    strategy_average_cpa_per_filter_field_names,
                    strategy_average_cpc_per_campaign_field_names,
                    strategy_average_cpc_per_filter_field_names,
                    strategy_average_crr_field_names,
                    strategy_pay_for_conversion_crr_field_names,
                    strategy_average_cpa_multiple_goals_field_names,
                    strategy_pay_for_conversion_multiple_goals_field_names,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumClicksUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumClicksUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumClicksUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumClicksUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaximumClicksUpdateItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumClicksUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumClicksUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaximumConversionRateUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaximumConversionRateUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaximumConversionRateUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaximumConversionRateUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyMaximumConversionRateUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut goal_id = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaximumConversionRateUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaximumConversionRateUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    goal_id,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpcUpdateItem, A::Error> {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcUpdateItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCpaUpdateItem, A::Error> {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaUpdateItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyMaxProfitUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyMaxProfitUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyMaxProfitUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyMaxProfitUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyMaxProfitUpdateItem, A::Error> {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyMaxProfitUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyMaxProfitUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyPayForConversionUpdateItem, A::Error> {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaPerCampaignUpdateItem,
                A::Error,
            > {
                let mut average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerCampaignUpdateItem {
                    average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerCampaignUpdateItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerCampaignUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.cpa {
            map.serialize_entry("Cpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionPerFilterUpdateItem,
                A::Error,
            > {
                let mut cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Cpa" => {
                            cpa = rt::wire::optional_value(
                                &mut map,
                                "Cpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionPerFilterUpdateItem {
                    cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.filter_average_cpa {
            map.serialize_entry("FilterAverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaPerFilterUpdateItem,
                A::Error,
            > {
                let mut filter_average_cpa = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpa" => {
                            filter_average_cpa = rt::wire::optional_value(
                                &mut map,
                                "FilterAverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaPerFilterUpdateItem {
                    filter_average_cpa,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerCampaignUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerCampaignUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerCampaignUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerCampaignUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpcPerCampaignUpdateItem,
                A::Error,
            > {
                let mut average_cpc = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerCampaignUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerCampaignUpdateItem {
                    average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpcPerFilterUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.filter_average_cpc.is_present() {
            map.serialize_entry("FilterAverageCpc", &self.filter_average_cpc)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpcPerFilterUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpcPerFilterUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpcPerFilterUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpcPerFilterUpdateItem,
                A::Error,
            > {
                let mut filter_average_cpc = rt::Nullable::Absent;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "FilterAverageCpc" => filter_average_cpc = map.next_value()?,
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpcPerFilterUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpcPerFilterUpdateItem {
                    filter_average_cpc,
                    weekly_spend_limit,
                    custom_period_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCrrUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCrrUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCrrUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCrrUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyAverageCrrUpdateItem, A::Error> {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCrrUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCrrUpdateItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionCrrUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.crr {
            map.serialize_entry("Crr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.goal_id {
            map.serialize_entry("GoalId", value)?;
        }
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionCrrUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionCrrUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionCrrUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionCrrUpdateItem,
                A::Error,
            > {
                let mut crr = ::core::option::Option::None;
                let mut goal_id = ::core::option::Option::None;
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Crr" => {
                            crr = rt::wire::optional_value(
                                &mut map,
                                "Crr",
                                &mut unknown_fields,
                            )?;
                        }
                        "GoalId" => {
                            goal_id = rt::wire::optional_value(
                                &mut map,
                                "GoalId",
                                &mut unknown_fields,
                            )?;
                        }
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionCrrUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionCrrUpdateItem {
                    crr,
                    goal_id,
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyAverageCpaMultipleGoalsUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        if self.exploration_budget.is_present() {
            map.serialize_entry("ExplorationBudget", &self.exploration_budget)?;
        }
        if self.bid_ceiling.is_present() {
            map.serialize_entry("BidCeiling", &self.bid_ceiling)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyAverageCpaMultipleGoalsUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyAverageCpaMultipleGoalsUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyAverageCpaMultipleGoalsUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyAverageCpaMultipleGoalsUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut exploration_budget = rt::Nullable::Absent;
                let mut bid_ceiling = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        "ExplorationBudget" => exploration_budget = map.next_value()?,
                        "BidCeiling" => bid_ceiling = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyAverageCpaMultipleGoalsUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyAverageCpaMultipleGoalsUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    exploration_budget,
                    bid_ceiling,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyPayForConversionMultipleGoalsUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if self.weekly_spend_limit.is_present() {
            map.serialize_entry("WeeklySpendLimit", &self.weekly_spend_limit)?;
        }
        if self.custom_period_budget.is_present() {
            map.serialize_entry("CustomPeriodBudget", &self.custom_period_budget)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyPayForConversionMultipleGoalsUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyPayForConversionMultipleGoalsUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyPayForConversionMultipleGoalsUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<
                StrategyPayForConversionMultipleGoalsUpdateItem,
                A::Error,
            > {
                let mut weekly_spend_limit = rt::Nullable::Absent;
                let mut custom_period_budget = rt::Nullable::Absent;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "WeeklySpendLimit" => weekly_spend_limit = map.next_value()?,
                        "CustomPeriodBudget" => custom_period_budget = map.next_value()?,
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyPayForConversionMultipleGoalsUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyPayForConversionMultipleGoalsUpdateItem {
                    weekly_spend_limit,
                    custom_period_budget,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for StrategyUpdateItem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Id", &self.id)?;
        if let ::core::option::Option::Some(value) = &self.attribution_model {
            map.serialize_entry("AttributionModel", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.name {
            map.serialize_entry("Name", value)?;
        }
        if self.counter_ids.is_present() {
            map.serialize_entry("CounterIds", &self.counter_ids)?;
        }
        if self.priority_goals.is_present() {
            map.serialize_entry("PriorityGoals", &self.priority_goals)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_clicks {
            map.serialize_entry("WbMaximumClicks", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.wb_maximum_conversion_rate {
            map.serialize_entry("WbMaximumConversionRate", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc {
            map.serialize_entry("AverageCpc", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa {
            map.serialize_entry("AverageCpa", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.max_profit {
            map.serialize_entry("MaxProfit", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion {
            map.serialize_entry("PayForConversion", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_campaign {
            map.serialize_entry("AverageCpaPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_per_campaign
        {
            map.serialize_entry("PayForConversionPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_per_filter
        {
            map.serialize_entry("PayForConversionPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_per_filter {
            map.serialize_entry("AverageCpaPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_campaign {
            map.serialize_entry("AverageCpcPerCampaign", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpc_per_filter {
            map.serialize_entry("AverageCpcPerFilter", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_crr {
            map.serialize_entry("AverageCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.pay_for_conversion_crr {
            map.serialize_entry("PayForConversionCrr", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.average_cpa_multiple_goals {
            map.serialize_entry("AverageCpaMultipleGoals", value)?;
        }
        if let ::core::option::Option::Some(value) = &self
            .pay_for_conversion_multiple_goals
        {
            map.serialize_entry("PayForConversionMultipleGoals", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for StrategyUpdateItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = StrategyUpdateItem;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `StrategyUpdateItem` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<StrategyUpdateItem, A::Error> {
                let mut id = ::core::option::Option::None;
                let mut attribution_model = ::core::option::Option::None;
                let mut name = ::core::option::Option::None;
                let mut counter_ids = rt::Nullable::Absent;
                let mut priority_goals = rt::Nullable::Absent;
                let mut wb_maximum_clicks = ::core::option::Option::None;
                let mut wb_maximum_conversion_rate = ::core::option::Option::None;
                let mut average_cpc = ::core::option::Option::None;
                let mut average_cpa = ::core::option::Option::None;
                let mut max_profit = ::core::option::Option::None;
                let mut pay_for_conversion = ::core::option::Option::None;
                let mut average_cpa_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_campaign = ::core::option::Option::None;
                let mut pay_for_conversion_per_filter = ::core::option::Option::None;
                let mut average_cpa_per_filter = ::core::option::Option::None;
                let mut average_cpc_per_campaign = ::core::option::Option::None;
                let mut average_cpc_per_filter = ::core::option::Option::None;
                let mut average_crr = ::core::option::Option::None;
                let mut pay_for_conversion_crr = ::core::option::Option::None;
                let mut average_cpa_multiple_goals = ::core::option::Option::None;
                let mut pay_for_conversion_multiple_goals = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Id" => id = ::core::option::Option::Some(map.next_value()?),
                        "AttributionModel" => {
                            attribution_model = rt::wire::optional_value(
                                &mut map,
                                "AttributionModel",
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
                        "CounterIds" => counter_ids = map.next_value()?,
                        "PriorityGoals" => priority_goals = map.next_value()?,
                        "WbMaximumClicks" => {
                            wb_maximum_clicks = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumClicks",
                                &mut unknown_fields,
                            )?;
                        }
                        "WbMaximumConversionRate" => {
                            wb_maximum_conversion_rate = rt::wire::optional_value(
                                &mut map,
                                "WbMaximumConversionRate",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpc" => {
                            average_cpc = rt::wire::optional_value(
                                &mut map,
                                "AverageCpc",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpa" => {
                            average_cpa = rt::wire::optional_value(
                                &mut map,
                                "AverageCpa",
                                &mut unknown_fields,
                            )?;
                        }
                        "MaxProfit" => {
                            max_profit = rt::wire::optional_value(
                                &mut map,
                                "MaxProfit",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversion" => {
                            pay_for_conversion = rt::wire::optional_value(
                                &mut map,
                                "PayForConversion",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerCampaign" => {
                            average_cpa_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerCampaign" => {
                            pay_for_conversion_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionPerFilter" => {
                            pay_for_conversion_per_filter = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaPerFilter" => {
                            average_cpa_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerCampaign" => {
                            average_cpc_per_campaign = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerCampaign",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpcPerFilter" => {
                            average_cpc_per_filter = rt::wire::optional_value(
                                &mut map,
                                "AverageCpcPerFilter",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCrr" => {
                            average_crr = rt::wire::optional_value(
                                &mut map,
                                "AverageCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionCrr" => {
                            pay_for_conversion_crr = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionCrr",
                                &mut unknown_fields,
                            )?;
                        }
                        "AverageCpaMultipleGoals" => {
                            average_cpa_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "AverageCpaMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        "PayForConversionMultipleGoals" => {
                            pay_for_conversion_multiple_goals = rt::wire::optional_value(
                                &mut map,
                                "PayForConversionMultipleGoals",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "StrategyUpdateItem",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(StrategyUpdateItem {
                    id: rt::wire::required(id, "Id")?,
                    attribution_model,
                    name,
                    counter_ids,
                    priority_goals,
                    wb_maximum_clicks,
                    wb_maximum_conversion_rate,
                    average_cpc,
                    average_cpa,
                    max_profit,
                    pay_for_conversion,
                    average_cpa_per_campaign,
                    pay_for_conversion_per_campaign,
                    pay_for_conversion_per_filter,
                    average_cpa_per_filter,
                    average_cpc_per_campaign,
                    average_cpc_per_filter,
                    average_crr,
                    pay_for_conversion_crr,
                    average_cpa_multiple_goals,
                    pay_for_conversion_multiple_goals,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Strategies", &self.strategies)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddRequest, A::Error> {
                let mut strategies = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Strategies" => {
                            strategies = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddRequest {
                    strategies: rt::wire::required(strategies, "Strategies")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for AddResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.add_results {
            map.serialize_entry("AddResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AddResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = AddResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `AddResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<AddResponse, A::Error> {
                let mut add_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "AddResults" => {
                            add_results = rt::wire::optional_value(
                                &mut map,
                                "AddResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "AddResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(AddResponse {
                    add_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for GetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.limited_by {
            map.serialize_entry("LimitedBy", value)?;
        }
        if let ::core::option::Option::Some(value) = &self.strategies {
            map.serialize_entry("Strategies", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = GetResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `GetResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<GetResponse, A::Error> {
                let mut limited_by = ::core::option::Option::None;
                let mut strategies = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "LimitedBy" => {
                            limited_by = rt::wire::optional_value(
                                &mut map,
                                "LimitedBy",
                                &mut unknown_fields,
                            )?;
                        }
                        "Strategies" => {
                            strategies = rt::wire::optional_value(
                                &mut map,
                                "Strategies",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "GetResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(GetResponse {
                    limited_by,
                    strategies,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UpdateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("Strategies", &self.strategies)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateRequest, A::Error> {
                let mut strategies = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "Strategies" => {
                            strategies = ::core::option::Option::Some(map.next_value()?);
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateRequest {
                    strategies: rt::wire::required(strategies, "Strategies")?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UpdateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.update_results {
            map.serialize_entry("UpdateResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UpdateResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UpdateResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UpdateResponse, A::Error> {
                let mut update_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UpdateResults" => {
                            update_results = rt::wire::optional_value(
                                &mut map,
                                "UpdateResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UpdateResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UpdateResponse {
                    update_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ArchiveRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ArchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ArchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for ArchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.archive_results {
            map.serialize_entry("ArchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ArchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = ArchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `ArchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<ArchiveResponse, A::Error> {
                let mut archive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "ArchiveResults" => {
                            archive_results = rt::wire::optional_value(
                                &mut map,
                                "ArchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "ArchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(ArchiveResponse {
                    archive_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnarchiveRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        map.serialize_entry("SelectionCriteria", &self.selection_criteria)?;
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnarchiveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveRequest;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveRequest` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveRequest, A::Error> {
                let mut selection_criteria = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "SelectionCriteria" => {
                            selection_criteria = ::core::option::Option::Some(
                                map.next_value()?,
                            );
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnarchiveRequest",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveRequest {
                    selection_criteria: rt::wire::required(
                        selection_criteria,
                        "SelectionCriteria",
                    )?,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl ::serde::Serialize for UnarchiveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(::core::option::Option::None)?;
        if let ::core::option::Option::Some(value) = &self.unarchive_results {
            map.serialize_entry("UnarchiveResults", value)?;
        }
        rt::wire::serialize_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnarchiveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> ::serde::de::Visitor<'de> for Visitor {
            type Value = UnarchiveResponse;
            fn expecting(
                &self,
                f: &mut ::core::fmt::Formatter<'_>,
            ) -> ::core::fmt::Result {
                f.write_str("a `UnarchiveResponse` object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::core::result::Result<UnarchiveResponse, A::Error> {
                let mut unarchive_results = ::core::option::Option::None;
                let mut unknown_fields = rt::UnknownFields::new();
                while let ::core::option::Option::Some(key) = map
                    .next_key::<rt::wire::FieldKey<'de>>()?
                {
                    match key.as_str() {
                        "UnarchiveResults" => {
                            unarchive_results = rt::wire::optional_value(
                                &mut map,
                                "UnarchiveResults",
                                &mut unknown_fields,
                            )?;
                        }
                        _ => {
                            rt::wire::unknown_field(
                                &mut map,
                                key,
                                &mut unknown_fields,
                                "UnarchiveResponse",
                            )?
                        }
                    }
                }
                ::core::result::Result::Ok(UnarchiveResponse {
                    unarchive_results,
                    unknown_fields,
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
impl rt::paging::PagedRequest for GetRequest {
    fn set_page_offset(&mut self, offset: i64) {
        self
            .page
            .get_or_insert_with(<super::super::general::LimitOffset>::default)
            .offset = ::core::option::Option::Some(offset);
    }
    fn page_offset(&self) -> i64 {
        self.page.as_ref().and_then(|page| page.offset).unwrap_or(0)
    }
}
impl rt::paging::PagedResponse for GetResponse {
    type Item = StrategyGetItem;
    fn limited_by(&self) -> ::core::option::Option<i64> {
        self.limited_by
    }
    fn into_items(self) -> ::std::vec::Vec<StrategyGetItem> {
        self.strategies.unwrap_or_default()
    }
}
