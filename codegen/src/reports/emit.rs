//! Rust for `direct_v5/reports.rs`: the enums, the field compatibility table and the
//! `ReportDefinition` that checks its fields against the table before it is sent.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::ReportsFile;
use crate::naming;

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn variant_ident(wire: &str) -> Result<Ident, String> {
    naming::variant_name(wire)
        .map(|v| ident(&v))
        .ok_or_else(|| format!("reports: `{wire}` cannot be named in Rust"))
}

/// A forward-compatible enum, emitted exactly like the other generated enums.
fn emit_enum(
    name: &str,
    wire_name: &str,
    doc: &str,
    values: &[String],
) -> Result<TokenStream, String> {
    let variants = values
        .iter()
        .map(|v| variant_ident(v).map(|rust| (v.clone(), rust.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(crate::emit::enum_tokens(
        &quote!(rt),
        name,
        wire_name,
        Some(doc),
        &variants,
    ))
}

fn role_ident(role: &str) -> Result<Ident, String> {
    Ok(ident(match role {
        "attribute" => "Attribute",
        "segment" => "Segment",
        "metric" => "Metric",
        "filter" => "Filter",
        other => return Err(format!("reports: unknown role `{other}`")),
    }))
}

/// The whole file; the runtime is imported from `runtime` (see `emit::Options::runtime_path`).
pub fn emit_file(file: &ReportsFile, runtime: &TokenStream) -> Result<String, String> {
    let enums = [
        (
            "ReportType",
            "ReportTypeEnum",
            "The kind of report (`ReportType`).",
            &file.report_types,
        ),
        (
            "DateRangeType",
            "DateRangeTypeEnum",
            "The reporting period (`DateRangeType`); `CUSTOM_DATE` needs `DateFrom` and `DateTo`.",
            &file.date_range_types,
        ),
        (
            "Format",
            "FormatEnum",
            "The format of the report body (`Format`).",
            &file.formats,
        ),
        (
            "ProcessingMode",
            "processingMode",
            "How the report is built: the `processingMode` request header.",
            &file.processing_modes,
        ),
        (
            "FilterOperator",
            "FilterOperatorEnum",
            "The operator of a `Filter` item.",
            &file.filter_operators,
        ),
        (
            "SortOrder",
            "OrderBySortOrderEnum",
            "The direction of an `OrderBy` item.",
            &file.sort_orders,
        ),
        (
            "AttributionModel",
            "AttributionModelEnum",
            "An attribution model for Yandex Metrica goals (`AttributionModels`).",
            &file.attribution_models,
        ),
    ];
    let mut items = Vec::new();
    for (name, wire, doc, values) in enums {
        items.push(emit_enum(name, wire, doc, values)?);
    }
    let field_names: Vec<String> = file.fields.iter().map(|f| f.name.clone()).collect();
    items.push(emit_enum(
        "Field",
        "FieldEnum",
        "A report field (a column in `FieldNames`, or a field of `Filter` and `OrderBy`). \
         Where each one may be used is in [`FIELD_COMPATIBILITY`].",
        &field_names,
    )?);

    let rt_list = |list: &[String]| -> Result<TokenStream, String> {
        let v = list
            .iter()
            .map(|rt| variant_ident(rt).map(|i| quote!(ReportType::#i)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(quote!(&[#(#v),*]))
    };
    let mut rows = Vec::new();
    let mut arms = Vec::new();
    for (index, field) in file.fields.iter().enumerate() {
        let f = variant_ident(&field.name)?;
        // Roles in report-type order.
        let mut roles = Vec::new();
        for rt in &file.report_types {
            if let Some(role) = field.roles.get(rt) {
                let r = variant_ident(rt)?;
                let role = role_ident(role)?;
                roles.push(quote!((ReportType::#r, FieldRole::#role)));
            }
        }
        let names = rt_list(&field.field_names)?;
        let filter = rt_list(&field.filter)?;
        let order_by = rt_list(&field.order_by)?;
        rows.push(quote! {
            FieldCompatibility {
                field: Field::#f,
                roles: &[#(#roles),*],
                field_names: #names,
                filter: #filter,
                order_by: #order_by,
            },
        });
        let index = proc_macro2::Literal::usize_unsuffixed(index);
        arms.push(quote!(Self::#f => Some(&FIELD_COMPATIBILITY[#index]),));
    }
    let field_count = proc_macro2::Literal::usize_unsuffixed(file.fields.len());
    let endpoint = &file.endpoint;
    let default_format = file
        .formats
        .first()
        .cloned()
        .unwrap_or_else(|| "TSV".to_owned());
    let custom_date_check = if file.date_range_types.iter().any(|d| d == "CUSTOM_DATE") {
        quote! {
            if !self.date_range_type.is_unrecognized() {
                let has_dates = self.selection_criteria.date_from.is_some()
                    || self.selection_criteria.date_to.is_some();
                let both_dates = self.selection_criteria.date_from.is_some()
                    && self.selection_criteria.date_to.is_some();
                if self.date_range_type.as_str() == "CUSTOM_DATE" {
                    if !both_dates {
                        return Err(ReportDefinitionError::DatesRequired);
                    }
                } else if has_dates {
                    return Err(ReportDefinitionError::DatesNotAllowed(self.date_range_type.clone()));
                }
            }
        }
    } else {
        quote!()
    };

    let tokens = quote! {
        //! The Reports service: `POST /json/v5/reports`, answered with a TSV report.
        //!
        //! [`ReportDefinition`] is the request's `params`; [`ReportDefinition::validate`] checks
        //! every field against [`FIELD_COMPATIBILITY`] (which report types allow it in
        //! `FieldNames`, `Filter` and `OrderBy`), and the client calls it before sending.
        //! Values this schema does not know (`Unrecognized`) are passed through unchecked.

        /// The path segment of the service: `/json/v5/<ENDPOINT>`.
        pub const ENDPOINT: &str = #endpoint;

        #(#items)*

        /// Where a field appears in a report definition.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FieldPlace {
            /// `FieldNames`: a column of the report.
            FieldNames,
            /// `SelectionCriteria.Filter[].Field`.
            Filter,
            /// `OrderBy[].Field`.
            OrderBy,
        }

        impl FieldPlace {
            /// Every place, in request order.
            pub const ALL: [FieldPlace; 3] = [FieldPlace::FieldNames, FieldPlace::Filter, FieldPlace::OrderBy];

            /// The name of the place in the request.
            pub fn as_str(self) -> &'static str {
                match self {
                    FieldPlace::FieldNames => "FieldNames",
                    FieldPlace::Filter => "Filter",
                    FieldPlace::OrderBy => "OrderBy",
                }
            }
        }

        impl ::core::fmt::Display for FieldPlace {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// The role of a field in a report type, as the documentation's compatibility table says.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FieldRole {
            /// An attribute of the report's object (e.g. `CampaignName` in a campaign report).
            Attribute,
            /// A segment: the report's rows are split by its values.
            Segment,
            /// A metric: a figure aggregated over the rows.
            Metric,
            /// Only usable in `Filter`.
            Filter,
        }

        /// Where one field may be used: the report types that allow it in each place.
        #[derive(Debug)]
        pub struct FieldCompatibility {
            /// The field.
            pub field: Field,
            /// The field's role in each report type that allows it at all.
            pub roles: &'static [(ReportType, FieldRole)],
            /// The report types whose `FieldNames` may list it.
            pub field_names: &'static [ReportType],
            /// The report types whose `Filter` may use it.
            pub filter: &'static [ReportType],
            /// The report types whose `OrderBy` may use it.
            pub order_by: &'static [ReportType],
        }

        impl FieldCompatibility {
            /// The report types that allow the field in `place`.
            pub fn report_types(&self, place: FieldPlace) -> &'static [ReportType] {
                match place {
                    FieldPlace::FieldNames => self.field_names,
                    FieldPlace::Filter => self.filter,
                    FieldPlace::OrderBy => self.order_by,
                }
            }

            /// Whether `report_type` allows the field in `place`.
            pub fn allows(&self, report_type: &ReportType, place: FieldPlace) -> bool {
                self.report_types(place).contains(report_type)
            }

            /// The places where `report_type` allows the field.
            pub fn places(&self, report_type: &ReportType) -> Vec<FieldPlace> {
                FieldPlace::ALL.into_iter().filter(|p| self.allows(report_type, *p)).collect()
            }

            /// The field's role in `report_type`; `None` when the report type does not allow it.
            pub fn role(&self, report_type: &ReportType) -> Option<FieldRole> {
                self.roles.iter().find(|(rt, _)| rt == report_type).map(|(_, role)| *role)
            }
        }

        /// Every known field with the report types that allow it, per place (from the documentation).
        pub static FIELD_COMPATIBILITY: [FieldCompatibility; #field_count] = [#(#rows)*];

        impl Field {
            /// The field's entry in [`FIELD_COMPATIBILITY`]; `None` for an unrecognized field.
            pub fn compatibility(&self) -> Option<&'static FieldCompatibility> {
                match self {
                    #(#arms)*
                    Self::Unrecognized(_) => None,
                }
            }

            /// Whether `report_type` allows the field in `place`; `None` when the field or the
            /// report type is unknown to this schema (the API decides).
            pub fn allowed_in(&self, report_type: &ReportType, place: FieldPlace) -> Option<bool> {
                if report_type.is_unrecognized() {
                    return None;
                }
                self.compatibility().map(|c| c.allows(report_type, place))
            }
        }

        /// `SelectionCriteria`: the period (with `CUSTOM_DATE`) and the filters.
        #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
        pub struct SelectionCriteria {
            /// `DateFrom`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
            #[serde(rename = "DateFrom", skip_serializing_if = "Option::is_none")]
            pub date_from: Option<String>,
            /// `DateTo`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
            #[serde(rename = "DateTo", skip_serializing_if = "Option::is_none")]
            pub date_to: Option<String>,
            /// `Filter`: at most one item per field.
            #[serde(rename = "Filter", skip_serializing_if = "Vec::is_empty")]
            pub filter: Vec<FilterItem>,
        }

        /// One `Filter` item.
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        pub struct FilterItem {
            /// `Field`.
            #[serde(rename = "Field")]
            pub field: Field,
            /// `Operator`.
            #[serde(rename = "Operator")]
            pub operator: FilterOperator,
            /// `Values`.
            #[serde(rename = "Values")]
            pub values: Vec<String>,
        }

        /// One `OrderBy` item.
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        pub struct OrderBy {
            /// `Field`.
            #[serde(rename = "Field")]
            pub field: Field,
            /// `SortOrder` (ascending when absent).
            #[serde(rename = "SortOrder", skip_serializing_if = "Option::is_none")]
            pub sort_order: Option<SortOrder>,
        }

        /// `Page`: the most rows the report may have (the API's default is 1 000 000).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::serde::Serialize)]
        pub struct Page {
            /// `Limit`.
            #[serde(rename = "Limit")]
            pub limit: i64,
        }

        fn serialize_yes_no<S: ::serde::Serializer>(value: &bool, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(if *value { "YES" } else { "NO" })
        }

        fn serialize_yes_no_option<S: ::serde::Serializer>(value: &Option<bool>, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
            match value {
                Some(v) => serialize_yes_no(v, serializer),
                None => serializer.serialize_none(),
            }
        }

        /// The `params` of a Reports request.
        ///
        /// Build it with [`ReportDefinition::new`] and the `with_*` methods; check it with
        /// [`ReportDefinition::validate`] (the client does so before sending anything).
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
        pub struct ReportDefinition {
            /// `SelectionCriteria`.
            #[serde(rename = "SelectionCriteria")]
            pub selection_criteria: SelectionCriteria,
            /// `Goals`: Yandex Metrica goal ids (at most 10).
            #[serde(rename = "Goals", skip_serializing_if = "Vec::is_empty")]
            pub goals: Vec<String>,
            /// `AttributionModels`.
            #[serde(rename = "AttributionModels", skip_serializing_if = "Vec::is_empty")]
            pub attribution_models: Vec<AttributionModel>,
            /// `FieldNames`: the report's columns, in order.
            #[serde(rename = "FieldNames")]
            pub field_names: Vec<Field>,
            /// `Page`.
            #[serde(rename = "Page", skip_serializing_if = "Option::is_none")]
            pub page: Option<Page>,
            /// `OrderBy`.
            #[serde(rename = "OrderBy", skip_serializing_if = "Vec::is_empty")]
            pub order_by: Vec<OrderBy>,
            /// `ReportName`: unique among the reports in the queue for the same settings.
            #[serde(rename = "ReportName")]
            pub report_name: String,
            /// `ReportType`.
            #[serde(rename = "ReportType")]
            pub report_type: ReportType,
            /// `DateRangeType`.
            #[serde(rename = "DateRangeType")]
            pub date_range_type: DateRangeType,
            /// `Format`.
            #[serde(rename = "Format")]
            pub format: Format,
            /// `IncludeVAT` (sent as `YES`/`NO`).
            #[serde(rename = "IncludeVAT", serialize_with = "serialize_yes_no")]
            pub include_vat: bool,
            /// `IncludeDiscount` (sent as `YES`/`NO` when set).
            #[serde(rename = "IncludeDiscount", serialize_with = "serialize_yes_no_option", skip_serializing_if = "Option::is_none")]
            pub include_discount: Option<bool>,
        }

        impl ReportDefinition {
            /// A report named `report_name` of `report_type` over `date_range_type` with the
            /// columns `field_names`; in the first known format (`TSV`), VAT included.
            pub fn new(
                report_name: impl Into<String>,
                report_type: ReportType,
                date_range_type: DateRangeType,
                field_names: impl IntoIterator<Item = Field>,
            ) -> Self {
                ReportDefinition {
                    selection_criteria: SelectionCriteria::default(),
                    goals: Vec::new(),
                    attribution_models: Vec::new(),
                    field_names: field_names.into_iter().collect(),
                    page: None,
                    order_by: Vec::new(),
                    report_name: report_name.into(),
                    report_type,
                    date_range_type,
                    format: Format::from_wire(#default_format),
                    include_vat: true,
                    include_discount: None,
                }
            }

            /// Sets `DateFrom` and `DateTo` (`YYYY-MM-DD`; for `CUSTOM_DATE`).
            pub fn with_dates(mut self, from: impl Into<String>, to: impl Into<String>) -> Self {
                self.selection_criteria.date_from = Some(from.into());
                self.selection_criteria.date_to = Some(to.into());
                self
            }

            /// Adds a `Filter` item.
            pub fn with_filter<V: Into<String>>(
                mut self,
                field: Field,
                operator: FilterOperator,
                values: impl IntoIterator<Item = V>,
            ) -> Self {
                self.selection_criteria.filter.push(FilterItem {
                    field,
                    operator,
                    values: values.into_iter().map(Into::into).collect(),
                });
                self
            }

            /// Adds an `OrderBy` item.
            pub fn with_order_by(mut self, field: Field, sort_order: Option<SortOrder>) -> Self {
                self.order_by.push(OrderBy { field, sort_order });
                self
            }

            /// Sets `Goals`.
            pub fn with_goals<V: Into<String>>(mut self, goals: impl IntoIterator<Item = V>) -> Self {
                self.goals = goals.into_iter().map(Into::into).collect();
                self
            }

            /// Sets `AttributionModels`.
            pub fn with_attribution_models(mut self, models: impl IntoIterator<Item = AttributionModel>) -> Self {
                self.attribution_models = models.into_iter().collect();
                self
            }

            /// Sets `Page.Limit`.
            pub fn with_limit(mut self, limit: i64) -> Self {
                self.page = Some(Page { limit });
                self
            }

            /// Sets `Format`.
            pub fn with_format(mut self, format: Format) -> Self {
                self.format = format;
                self
            }

            /// Sets `IncludeVAT`.
            pub fn with_include_vat(mut self, yes: bool) -> Self {
                self.include_vat = yes;
                self
            }

            /// Sets `IncludeDiscount`.
            pub fn with_include_discount(mut self, yes: bool) -> Self {
                self.include_discount = Some(yes);
                self
            }

            /// Checks the definition before it is sent: every field is allowed by the report
            /// type where it is used ([`FIELD_COMPATIBILITY`]), `FieldNames` is not empty, no
            /// field is filtered twice, dates go with `CUSTOM_DATE` only, at most 10 goals.
            /// Unrecognized fields and report types are not checked.
            pub fn validate(&self) -> ::core::result::Result<(), ReportDefinitionError> {
                if self.field_names.is_empty() {
                    return Err(ReportDefinitionError::NoFieldNames);
                }
                let filters = self.selection_criteria.filter.iter().map(|f| &f.field);
                let order_by = self.order_by.iter().map(|o| &o.field);
                let uses = self
                    .field_names
                    .iter()
                    .map(|f| (f, FieldPlace::FieldNames))
                    .chain(filters.map(|f| (f, FieldPlace::Filter)))
                    .chain(order_by.map(|f| (f, FieldPlace::OrderBy)));
                for (field, place) in uses {
                    if field.allowed_in(&self.report_type, place) == Some(false) {
                        let allowed_in = field
                            .compatibility()
                            .map(|c| c.places(&self.report_type))
                            .unwrap_or_default();
                        return Err(ReportDefinitionError::FieldNotAllowed {
                            field: field.clone(),
                            report_type: self.report_type.clone(),
                            place,
                            allowed_in,
                        });
                    }
                }
                let mut seen: Vec<&Field> = Vec::new();
                for item in &self.selection_criteria.filter {
                    if seen.contains(&&item.field) {
                        return Err(ReportDefinitionError::DuplicateFilterField(item.field.clone()));
                    }
                    seen.push(&item.field);
                }
                #custom_date_check
                if self.goals.len() > 10 {
                    return Err(ReportDefinitionError::TooManyGoals(self.goals.len()));
                }
                Ok(())
            }
        }

        /// Why a [`ReportDefinition`] was refused before sending.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum ReportDefinitionError {
            /// The report type does not allow the field where it is used.
            FieldNotAllowed {
                /// The field.
                field: Field,
                /// The report type.
                report_type: ReportType,
                /// Where the field was used.
                place: FieldPlace,
                /// Where this report type does allow the field (empty: nowhere).
                allowed_in: Vec<FieldPlace>,
            },
            /// Two `Filter` items name the same field.
            DuplicateFilterField(Field),
            /// `FieldNames` is empty.
            NoFieldNames,
            /// `CUSTOM_DATE` needs both `DateFrom` and `DateTo`.
            DatesRequired,
            /// `DateFrom`/`DateTo` are only allowed with `CUSTOM_DATE`.
            DatesNotAllowed(DateRangeType),
            /// More than 10 goals.
            TooManyGoals(usize),
        }

        impl ::core::fmt::Display for ReportDefinitionError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    ReportDefinitionError::FieldNotAllowed { field, report_type, place, allowed_in } => {
                        write!(f, "field `{field}` is not allowed in {place} of a {report_type} report")?;
                        if allowed_in.is_empty() {
                            write!(f, " (this report type does not offer it at all)")
                        } else {
                            let places: Vec<&str> = allowed_in.iter().map(|p| p.as_str()).collect();
                            write!(f, " (it may be used there in: {})", places.join(", "))
                        }
                    }
                    ReportDefinitionError::DuplicateFilterField(field) => {
                        write!(f, "field `{field}` is used in more than one Filter item")
                    }
                    ReportDefinitionError::NoFieldNames => f.write_str("FieldNames is empty"),
                    ReportDefinitionError::DatesRequired => {
                        f.write_str("DateRangeType CUSTOM_DATE needs both DateFrom and DateTo")
                    }
                    ReportDefinitionError::DatesNotAllowed(range) => {
                        write!(f, "DateFrom and DateTo are only allowed with CUSTOM_DATE, not with {range}")
                    }
                    ReportDefinitionError::TooManyGoals(n) => write!(f, "{n} goals given, at most 10 are allowed"),
                }
            }
        }

        impl ::std::error::Error for ReportDefinitionError {}
    };
    crate::output::format_rust_with_runtime("schema/direct_v5/reports.json", tokens, runtime)
}
