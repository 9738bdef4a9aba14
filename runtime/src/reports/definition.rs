//! The report definition (`params` of a Reports request), for any [`ReportSchema`]: the
//! generated Reports module of the `yandex-direct` crate supplies the enums and the field compatibility table,
//! this module the structure, the builder, the checks and the goal columns, which are the same
//! whatever the schema says.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ReportRequest;

/// A value of one of the schema's forward-compatible enums.
pub trait WireValue:
    Clone + fmt::Debug + fmt::Display + PartialEq + Serialize + Send + Sync
{
    /// The value as sent.
    fn wire(&self) -> &str;
    /// Whether the schema does not know the value (it is passed through unchecked).
    fn is_unrecognized(&self) -> bool;
}

/// What a Reports schema provides: its enums and where each field may be used. Generated.
pub trait ReportSchema: Sized + 'static {
    /// `ReportType`.
    type ReportType: WireValue + 'static;
    /// `DateRangeType`.
    type DateRangeType: WireValue;
    /// `Format`.
    type Format: WireValue;
    /// A field (`FieldNames`, `Filter`, `OrderBy`).
    type Field: WireValue + 'static;
    /// `Filter[].Operator`.
    type FilterOperator: WireValue;
    /// `OrderBy[].SortOrder`.
    type SortOrder: WireValue;
    /// `AttributionModels[]`.
    type AttributionModel: WireValue;

    /// The field's entry in the compatibility table; `None` for an unrecognized field.
    fn compatibility(field: &Self::Field) -> Option<&'static FieldCompatibility<Self>>;
    /// The format a new definition asks for (`TSV`).
    fn default_format() -> Self::Format;
    /// The type of the cells of the field named `name` (its wire name); `None` for a field
    /// the schema does not know, read as text.
    fn field_type(name: &str) -> Option<super::ReportFieldType> {
        let _ = name;
        None
    }
}

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
    pub const ALL: [FieldPlace; 3] = [
        FieldPlace::FieldNames,
        FieldPlace::Filter,
        FieldPlace::OrderBy,
    ];

    /// The name of the place in the request.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldPlace::FieldNames => "FieldNames",
            FieldPlace::Filter => "Filter",
            FieldPlace::OrderBy => "OrderBy",
        }
    }
}

impl fmt::Display for FieldPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
pub struct FieldCompatibility<S: ReportSchema> {
    /// The field.
    pub field: S::Field,
    /// The field's role in each report type that allows it at all.
    pub roles: &'static [(S::ReportType, FieldRole)],
    /// The report types whose `FieldNames` may list it.
    pub field_names: &'static [S::ReportType],
    /// The report types whose `Filter` may use it.
    pub filter: &'static [S::ReportType],
    /// The report types whose `OrderBy` may use it.
    pub order_by: &'static [S::ReportType],
}

impl<S: ReportSchema> fmt::Debug for FieldCompatibility<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FieldCompatibility")
            .field("field", &self.field)
            .field("roles", &self.roles)
            .field("field_names", &self.field_names)
            .field("filter", &self.filter)
            .field("order_by", &self.order_by)
            .finish()
    }
}

impl<S: ReportSchema> FieldCompatibility<S> {
    /// The report types that allow the field in `place`.
    pub fn report_types(&self, place: FieldPlace) -> &'static [S::ReportType] {
        match place {
            FieldPlace::FieldNames => self.field_names,
            FieldPlace::Filter => self.filter,
            FieldPlace::OrderBy => self.order_by,
        }
    }

    /// Whether `report_type` allows the field in `place`.
    pub fn allows(&self, report_type: &S::ReportType, place: FieldPlace) -> bool {
        self.report_types(place).contains(report_type)
    }

    /// The places where `report_type` allows the field.
    pub fn places(&self, report_type: &S::ReportType) -> Vec<FieldPlace> {
        FieldPlace::ALL
            .into_iter()
            .filter(|p| self.allows(report_type, *p))
            .collect()
    }

    /// The field's role in `report_type`; `None` when the report type does not allow it.
    pub fn role(&self, report_type: &S::ReportType) -> Option<FieldRole> {
        self.roles
            .iter()
            .find(|(rt, _)| rt == report_type)
            .map(|(_, role)| *role)
    }
}

/// Whether `report_type` allows `field` in `place`; `None` when the field or the report type is
/// unknown to the schema (the API decides).
pub fn allowed_in<S: ReportSchema>(
    field: &S::Field,
    report_type: &S::ReportType,
    place: FieldPlace,
) -> Option<bool> {
    if report_type.is_unrecognized() {
        return None;
    }
    S::compatibility(field).map(|c| c.allows(report_type, place))
}

/// `SelectionCriteria`: the period (with `CUSTOM_DATE`) and the filters.
#[derive(Serialize, Deserialize)]
#[serde(
    bound(
        serialize = "",
        deserialize = "S::Field: DeserializeOwned, S::FilterOperator: DeserializeOwned"
    ),
    deny_unknown_fields
)]
pub struct SelectionCriteria<S: ReportSchema> {
    /// `DateFrom`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
    #[serde(rename = "DateFrom", default, skip_serializing_if = "Option::is_none")]
    pub date_from: Option<String>,
    /// `DateTo`, `YYYY-MM-DD`; only with `CUSTOM_DATE`.
    #[serde(rename = "DateTo", default, skip_serializing_if = "Option::is_none")]
    pub date_to: Option<String>,
    /// `Filter`: at most one item per field.
    #[serde(rename = "Filter", default, skip_serializing_if = "Vec::is_empty")]
    pub filter: Vec<FilterItem<S>>,
}

/// One `Filter` item.
#[derive(Serialize, Deserialize)]
#[serde(
    bound(
        serialize = "",
        deserialize = "S::Field: DeserializeOwned, S::FilterOperator: DeserializeOwned"
    ),
    deny_unknown_fields
)]
pub struct FilterItem<S: ReportSchema> {
    /// `Field`.
    #[serde(rename = "Field")]
    pub field: S::Field,
    /// `Operator`.
    #[serde(rename = "Operator")]
    pub operator: S::FilterOperator,
    /// `Values`.
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}

/// One `OrderBy` item.
#[derive(Serialize, Deserialize)]
#[serde(
    bound(
        serialize = "",
        deserialize = "S::Field: DeserializeOwned, S::SortOrder: DeserializeOwned"
    ),
    deny_unknown_fields
)]
pub struct OrderBy<S: ReportSchema> {
    /// `Field`.
    #[serde(rename = "Field")]
    pub field: S::Field,
    /// `SortOrder` (ascending when absent).
    #[serde(rename = "SortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<S::SortOrder>,
}

/// `Page`: the most rows the report may have (the API's default is 1 000 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// `Limit`.
    #[serde(rename = "Limit")]
    pub limit: i64,
}

fn serialize_yes_no<Ser: Serializer>(value: &bool, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
    serializer.serialize_str(if *value { "YES" } else { "NO" })
}

fn deserialize_yes_no<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    match String::deserialize(deserializer)?.as_str() {
        "YES" => Ok(true),
        "NO" => Ok(false),
        other => Err(serde::de::Error::custom(format!(
            "`{other}` is neither YES nor NO"
        ))),
    }
}

fn deserialize_yes_no_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    deserialize_yes_no(deserializer).map(Some)
}

fn yes() -> bool {
    true
}

fn serialize_yes_no_option<Ser: Serializer>(
    value: &Option<bool>,
    serializer: Ser,
) -> Result<Ser::Ok, Ser::Error> {
    match value {
        Some(v) => serialize_yes_no(v, serializer),
        None => serializer.serialize_none(),
    }
}

/// The `params` of a Reports request.
///
/// Build it with [`ReportDefinition::new`] and the `with_*` methods; check it with
/// [`ReportDefinition::validate`] (the client does so before sending anything). It also reads
/// from the JSON `params` of a request (strictly: an unknown key is refused), e.g. a
/// definition kept in a file.
#[derive(Serialize, Deserialize)]
#[serde(
    bound(
        serialize = "",
        deserialize = "S::ReportType: DeserializeOwned, S::DateRangeType: DeserializeOwned, \
                       S::Format: DeserializeOwned, S::Field: DeserializeOwned, \
                       S::FilterOperator: DeserializeOwned, S::SortOrder: DeserializeOwned, \
                       S::AttributionModel: DeserializeOwned"
    ),
    deny_unknown_fields
)]
pub struct ReportDefinition<S: ReportSchema> {
    /// `SelectionCriteria`.
    #[serde(rename = "SelectionCriteria")]
    pub selection_criteria: SelectionCriteria<S>,
    /// `Goals`: Yandex Metrica goal ids (at most 10).
    #[serde(rename = "Goals", default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// `AttributionModels`.
    #[serde(
        rename = "AttributionModels",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub attribution_models: Vec<S::AttributionModel>,
    /// `FieldNames`: the report's columns, in order.
    #[serde(rename = "FieldNames")]
    pub field_names: Vec<S::Field>,
    /// `Page`.
    #[serde(rename = "Page", default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Page>,
    /// `OrderBy`.
    #[serde(rename = "OrderBy", default, skip_serializing_if = "Vec::is_empty")]
    pub order_by: Vec<OrderBy<S>>,
    /// `ReportName`: unique among the reports in the queue for the same settings.
    #[serde(rename = "ReportName")]
    pub report_name: String,
    /// `ReportType`.
    #[serde(rename = "ReportType")]
    pub report_type: S::ReportType,
    /// `DateRangeType`.
    #[serde(rename = "DateRangeType")]
    pub date_range_type: S::DateRangeType,
    /// `Format`.
    #[serde(rename = "Format", default = "S::default_format")]
    pub format: S::Format,
    /// `IncludeVAT` (sent as `YES`/`NO`).
    #[serde(
        rename = "IncludeVAT",
        serialize_with = "serialize_yes_no",
        deserialize_with = "deserialize_yes_no",
        default = "yes"
    )]
    pub include_vat: bool,
    /// `IncludeDiscount` (sent as `YES`/`NO` when set).
    #[serde(
        rename = "IncludeDiscount",
        serialize_with = "serialize_yes_no_option",
        deserialize_with = "deserialize_yes_no_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_discount: Option<bool>,
}

/// The most goals one definition may name.
pub const MAX_GOALS: usize = 10;

/// The date range type that needs `DateFrom` and `DateTo`.
const CUSTOM_DATE: &str = "CUSTOM_DATE";

impl<S: ReportSchema> ReportDefinition<S> {
    /// A report named `report_name` of `report_type` over `date_range_type` with the columns
    /// `field_names`; in the schema's default format (`TSV`), VAT included.
    pub fn new(
        report_name: impl Into<String>,
        report_type: S::ReportType,
        date_range_type: S::DateRangeType,
        field_names: impl IntoIterator<Item = S::Field>,
    ) -> Self {
        ReportDefinition {
            selection_criteria: SelectionCriteria {
                date_from: None,
                date_to: None,
                filter: Vec::new(),
            },
            goals: Vec::new(),
            attribution_models: Vec::new(),
            field_names: field_names.into_iter().collect(),
            page: None,
            order_by: Vec::new(),
            report_name: report_name.into(),
            report_type,
            date_range_type,
            format: S::default_format(),
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
        field: S::Field,
        operator: S::FilterOperator,
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
    pub fn with_order_by(mut self, field: S::Field, sort_order: Option<S::SortOrder>) -> Self {
        self.order_by.push(OrderBy { field, sort_order });
        self
    }

    /// Sets `Goals`.
    pub fn with_goals<V: Into<String>>(mut self, goals: impl IntoIterator<Item = V>) -> Self {
        self.goals = goals.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `AttributionModels`.
    pub fn with_attribution_models(
        mut self,
        models: impl IntoIterator<Item = S::AttributionModel>,
    ) -> Self {
        self.attribution_models = models.into_iter().collect();
        self
    }

    /// Sets `Page.Limit`.
    pub fn with_limit(mut self, limit: i64) -> Self {
        self.page = Some(Page { limit });
        self
    }

    /// Sets `Format`.
    pub fn with_format(mut self, format: S::Format) -> Self {
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

    /// Checks the definition before it is sent: every field is allowed by the report type
    /// where it is used (the schema's compatibility table), `FieldNames` is not empty, no field
    /// is filtered twice, dates go with `CUSTOM_DATE` only, at most 10 goals. Unrecognized
    /// fields and report types are not checked.
    pub fn validate(&self) -> Result<(), ReportDefinitionError<S>> {
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
            if allowed_in::<S>(field, &self.report_type, place) == Some(false) {
                let allowed_in = S::compatibility(field)
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
        let mut seen: Vec<&S::Field> = Vec::new();
        for item in &self.selection_criteria.filter {
            if seen.contains(&&item.field) {
                return Err(ReportDefinitionError::DuplicateFilterField(
                    item.field.clone(),
                ));
            }
            seen.push(&item.field);
        }
        if !self.date_range_type.is_unrecognized() {
            let criteria = &self.selection_criteria;
            let has_dates = criteria.date_from.is_some() || criteria.date_to.is_some();
            let both_dates = criteria.date_from.is_some() && criteria.date_to.is_some();
            if self.date_range_type.wire() == CUSTOM_DATE {
                if !both_dates {
                    return Err(ReportDefinitionError::DatesRequired);
                }
            } else if has_dates {
                return Err(ReportDefinitionError::DatesNotAllowed(
                    self.date_range_type.clone(),
                ));
            }
        }
        if self.goals.len() > MAX_GOALS {
            return Err(ReportDefinitionError::TooManyGoals(self.goals.len()));
        }
        Ok(())
    }

    /// The report's columns in order: each field, where a per-goal field of a definition with
    /// `Goals` becomes `<Field>_<goalId>_<model>` for each goal, then each attribution model
    /// (the API's default model, `LC`, when none is named).
    pub fn column_names(&self) -> Vec<String> {
        let models: Vec<&str> = if self.attribution_models.is_empty() {
            vec![DEFAULT_ATTRIBUTION_MODEL]
        } else {
            self.attribution_models
                .iter()
                .map(WireValue::wire)
                .collect()
        };
        let mut columns = Vec::with_capacity(self.field_names.len());
        for field in &self.field_names {
            let name = field.wire();
            if self.goals.is_empty() || !PER_GOAL_FIELDS.contains(&name) {
                columns.push(name.to_owned());
                continue;
            }
            for goal in &self.goals {
                for model in &models {
                    columns.push(format!("{name}_{goal}_{model}"));
                }
            }
        }
        columns
    }
}

/// The fields that, with `Goals`, become one column per goal and attribution model
/// (`<Field>_<goalId>_<model>`), as the Reports documentation lists them.
pub const PER_GOAL_FIELDS: [&str; 5] = [
    "ConversionRate",
    "Conversions",
    "CostPerConversion",
    "GoalsRoi",
    "Revenue",
];

/// The attribution model of goal columns when the definition names none (the API's default).
pub const DEFAULT_ATTRIBUTION_MODEL: &str = "LC";

impl<S: ReportSchema> ReportRequest for ReportDefinition<S> {
    fn validate(&self) -> Result<(), String> {
        ReportDefinition::validate(self).map_err(|e| e.to_string())
    }

    fn field_names(&self) -> Vec<String> {
        self.column_names()
    }

    fn field_types(&self) -> super::FieldTypes {
        S::field_type
    }

    fn report_name(&self) -> Option<&str> {
        Some(&self.report_name)
    }
}

/// Why a [`ReportDefinition`] was refused before sending.
#[non_exhaustive]
pub enum ReportDefinitionError<S: ReportSchema> {
    /// The report type does not allow the field where it is used.
    FieldNotAllowed {
        /// The field.
        field: S::Field,
        /// The report type.
        report_type: S::ReportType,
        /// Where the field was used.
        place: FieldPlace,
        /// Where this report type does allow the field (empty: nowhere).
        allowed_in: Vec<FieldPlace>,
    },
    /// Two `Filter` items name the same field.
    DuplicateFilterField(S::Field),
    /// `FieldNames` is empty.
    NoFieldNames,
    /// `CUSTOM_DATE` needs both `DateFrom` and `DateTo`.
    DatesRequired,
    /// `DateFrom`/`DateTo` are only allowed with `CUSTOM_DATE`.
    DatesNotAllowed(S::DateRangeType),
    /// More than [`MAX_GOALS`] goals.
    TooManyGoals(usize),
}

impl<S: ReportSchema> fmt::Display for ReportDefinitionError<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportDefinitionError::FieldNotAllowed {
                field,
                report_type,
                place,
                allowed_in,
            } => {
                write!(
                    f,
                    "field `{field}` is not allowed in {place} of a {report_type} report"
                )?;
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
            ReportDefinitionError::DatesNotAllowed(range) => write!(
                f,
                "DateFrom and DateTo are only allowed with CUSTOM_DATE, not with {range}"
            ),
            ReportDefinitionError::TooManyGoals(n) => {
                write!(f, "{n} goals given, at most {MAX_GOALS} are allowed")
            }
        }
    }
}

impl<S: ReportSchema> fmt::Debug for ReportDefinitionError<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportDefinitionError::FieldNotAllowed {
                field,
                report_type,
                place,
                allowed_in,
            } => f
                .debug_struct("FieldNotAllowed")
                .field("field", field)
                .field("report_type", report_type)
                .field("place", place)
                .field("allowed_in", allowed_in)
                .finish(),
            ReportDefinitionError::DuplicateFilterField(field) => {
                f.debug_tuple("DuplicateFilterField").field(field).finish()
            }
            ReportDefinitionError::NoFieldNames => f.write_str("NoFieldNames"),
            ReportDefinitionError::DatesRequired => f.write_str("DatesRequired"),
            ReportDefinitionError::DatesNotAllowed(range) => {
                f.debug_tuple("DatesNotAllowed").field(range).finish()
            }
            ReportDefinitionError::TooManyGoals(n) => {
                f.debug_tuple("TooManyGoals").field(n).finish()
            }
        }
    }
}

impl<S: ReportSchema> Clone for ReportDefinitionError<S> {
    fn clone(&self) -> Self {
        match self {
            ReportDefinitionError::FieldNotAllowed {
                field,
                report_type,
                place,
                allowed_in,
            } => ReportDefinitionError::FieldNotAllowed {
                field: field.clone(),
                report_type: report_type.clone(),
                place: *place,
                allowed_in: allowed_in.clone(),
            },
            ReportDefinitionError::DuplicateFilterField(field) => {
                ReportDefinitionError::DuplicateFilterField(field.clone())
            }
            ReportDefinitionError::NoFieldNames => ReportDefinitionError::NoFieldNames,
            ReportDefinitionError::DatesRequired => ReportDefinitionError::DatesRequired,
            ReportDefinitionError::DatesNotAllowed(range) => {
                ReportDefinitionError::DatesNotAllowed(range.clone())
            }
            ReportDefinitionError::TooManyGoals(n) => ReportDefinitionError::TooManyGoals(*n),
        }
    }
}

impl<S: ReportSchema> PartialEq for ReportDefinitionError<S> {
    fn eq(&self, other: &Self) -> bool {
        use ReportDefinitionError as E;
        match (self, other) {
            (
                E::FieldNotAllowed {
                    field: a,
                    report_type: b,
                    place: c,
                    allowed_in: d,
                },
                E::FieldNotAllowed {
                    field: e,
                    report_type: g,
                    place: h,
                    allowed_in: i,
                },
            ) => a == e && b == g && c == h && d == i,
            (E::DuplicateFilterField(a), E::DuplicateFilterField(b)) => a == b,
            (E::NoFieldNames, E::NoFieldNames) | (E::DatesRequired, E::DatesRequired) => true,
            (E::DatesNotAllowed(a), E::DatesNotAllowed(b)) => a == b,
            (E::TooManyGoals(a), E::TooManyGoals(b)) => a == b,
            _ => false,
        }
    }
}

impl<S: ReportSchema> std::error::Error for ReportDefinitionError<S> {}

// The derives would ask `S` itself for these traits; the schema marker has no reason to.
macro_rules! impl_plain_traits {
    ($($ty:ident { $($field:ident),* })*) => {$(
        impl<S: ReportSchema> Clone for $ty<S> {
            fn clone(&self) -> Self {
                $ty { $($field: self.$field.clone()),* }
            }
        }
        impl<S: ReportSchema> PartialEq for $ty<S> {
            fn eq(&self, other: &Self) -> bool {
                true $(&& self.$field == other.$field)*
            }
        }
        impl<S: ReportSchema> fmt::Debug for $ty<S> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($ty))
                    $(.field(stringify!($field), &self.$field))*
                    .finish()
            }
        }
    )*};
}

impl_plain_traits! {
    SelectionCriteria { date_from, date_to, filter }
    FilterItem { field, operator, values }
    OrderBy { field, sort_order }
    ReportDefinition {
        selection_criteria, goals, attribution_models, field_names, page, order_by,
        report_name, report_type, date_range_type, format, include_vat, include_discount
    }
}

impl<S: ReportSchema> Default for SelectionCriteria<S> {
    fn default() -> Self {
        SelectionCriteria {
            date_from: None,
            date_to: None,
            filter: Vec::new(),
        }
    }
}
