//! Rust for `direct_v5/reports.rs`: the enums, the field compatibility table and the
//! `ReportDefinition` that checks its fields against the table before it is sent.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ident;
use crate::model::reports::{CellType, FieldRole, ReportsModel};
use crate::naming;

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
    Ok(super::enums::enum_tokens(
        &quote!(rt),
        name,
        wire_name,
        Some(doc),
        &variants,
    ))
}

fn role_ident(role: FieldRole) -> Ident {
    ident(match role {
        FieldRole::Attribute => "Attribute",
        FieldRole::Segment => "Segment",
        FieldRole::Metric => "Metric",
        FieldRole::Filter => "Filter",
    })
}

/// The whole file; the runtime is imported from `runtime` (see `emit::Options::runtime_path`).
pub fn emit_file(file: &ReportsModel, runtime: &TokenStream) -> Result<String, String> {
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
                let role = role_ident(*role);
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
    let wire_values = [
        "ReportType",
        "DateRangeType",
        "Format",
        "ProcessingMode",
        "FilterOperator",
        "SortOrder",
        "AttributionModel",
        "Field",
    ]
    .map(|name| {
        let name = ident(name);
        quote! {
            impl rt::reports::WireValue for #name {
                fn wire(&self) -> &str {
                    self.as_str()
                }
                fn is_unrecognized(&self) -> bool {
                    #name::is_unrecognized(self)
                }
            }
        }
    });

    let mut type_arms = Vec::new();
    for (name, field_type) in &file.field_types {
        let variant = match field_type {
            CellType::Integer => quote!(Integer),
            CellType::Money => quote!(Money),
            CellType::Decimal => quote!(Decimal),
            CellType::Percent => quote!(Percent),
            CellType::Date => quote!(Date),
            CellType::Enum => quote!(Enum),
            CellType::Text => quote!(Text),
        };
        type_arms.push(quote!(#name => Some(T::#variant),));
    }
    // A schema without field types (a small test schema) gets a body with no `match` and no
    // `use`, both of which would warn in the user's crate.
    let field_type_fn = if type_arms.is_empty() {
        quote! {
            fn field_type(_name: &str) -> Option<rt::reports::ReportFieldType> {
                None
            }
        }
    } else {
        quote! {
            fn field_type(name: &str) -> Option<rt::reports::ReportFieldType> {
                use rt::reports::ReportFieldType as T;
                match name {
                    #(#type_arms)*
                    _ => None,
                }
            }
        }
    };

    // The structure, the builder, the checks and the goal columns are the runtime's
    // (`rt::reports::definition`); this file gives them the schema's enums and table.
    let tokens = quote! {
        //! The Reports service: `POST /json/v5/reports`, answered with a TSV report.
        //!
        //! [`ReportDefinition`] is the request's `params`; [`ReportDefinition::validate`] checks
        //! every field against [`FIELD_COMPATIBILITY`] (which report types allow it in
        //! `FieldNames`, `Filter` and `OrderBy`), and the client calls it before sending.
        //! Values this schema does not know (`Unrecognized`) are passed through unchecked.

        pub use rt::reports::{FieldPlace, FieldRole, Page};

        /// The path segment of the service: `/json/v5/<ENDPOINT>`.
        pub const ENDPOINT: &str = #endpoint;

        #(#items)*

        #(#wire_values)*

        /// This schema's Reports: its enums and [`FIELD_COMPATIBILITY`], for the runtime's
        /// generic report definition.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct ReportsSchema;

        impl rt::reports::ReportSchema for ReportsSchema {
            type ReportType = ReportType;
            type DateRangeType = DateRangeType;
            type Format = Format;
            type Field = Field;
            type FilterOperator = FilterOperator;
            type SortOrder = SortOrder;
            type AttributionModel = AttributionModel;

            fn compatibility(field: &Field) -> Option<&'static FieldCompatibility> {
                field.compatibility()
            }

            fn default_format() -> Format {
                Format::from_wire(#default_format)
            }

            #field_type_fn
        }

        /// The `params` of a Reports request: build it with [`ReportDefinition::new`] and the
        /// `with_*` methods, check it with [`ReportDefinition::validate`].
        pub type ReportDefinition = rt::reports::ReportDefinition<ReportsSchema>;
        /// Why a [`ReportDefinition`] was refused before sending.
        pub type ReportDefinitionError = rt::reports::ReportDefinitionError<ReportsSchema>;
        /// `SelectionCriteria`: the period (with `CUSTOM_DATE`) and the filters.
        pub type SelectionCriteria = rt::reports::SelectionCriteria<ReportsSchema>;
        /// One `Filter` item.
        pub type FilterItem = rt::reports::FilterItem<ReportsSchema>;
        /// One `OrderBy` item.
        pub type OrderBy = rt::reports::OrderBy<ReportsSchema>;
        /// Where one field may be used: the report types that allow it in each place.
        pub type FieldCompatibility = rt::reports::FieldCompatibility<ReportsSchema>;

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
                rt::reports::definition::allowed_in::<ReportsSchema>(self, report_type, place)
            }
        }
    };
    crate::output::format_rust_with_runtime("schema/direct_v5/reports.json", tokens, runtime)
}
