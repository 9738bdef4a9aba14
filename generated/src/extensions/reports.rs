//! The generated [`ReportDefinition`] as the runtime's [`ReportRequest`], so that
//! `client.report(&definition, &options)` checks and sends it.

use crate::direct_v5::reports::{Field, ReportDefinition};
use crate::runtime::reports::ReportRequest;

/// The fields that, with `Goals`, become one column per goal and attribution model
/// (`<Field>_<goalId>_<model>`), as the Reports documentation lists them.
const PER_GOAL_FIELDS: [&str; 5] = [
    "ConversionRate",
    "Conversions",
    "CostPerConversion",
    "GoalsRoi",
    "Revenue",
];

/// The attribution model of goal columns when the definition names none (the API's default).
const DEFAULT_ATTRIBUTION_MODEL: &str = "LC";

impl ReportRequest for ReportDefinition {
    fn validate(&self) -> Result<(), String> {
        ReportDefinition::validate(self).map_err(|e| e.to_string())
    }

    /// The report's columns in order: each field, where a per-goal field of a definition with
    /// `Goals` becomes `<Field>_<goalId>_<model>` for each goal, then each attribution model.
    fn field_names(&self) -> Vec<String> {
        let models: Vec<&str> = if self.attribution_models.is_empty() {
            vec![DEFAULT_ATTRIBUTION_MODEL]
        } else {
            self.attribution_models.iter().map(|m| m.as_str()).collect()
        };
        let mut columns = Vec::with_capacity(self.field_names.len());
        for field in &self.field_names {
            let name = Field::as_str(field);
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
