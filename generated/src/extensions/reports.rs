//! The generated [`ReportDefinition`] as the runtime's [`ReportRequest`], so that
//! `client.report(&definition, &options)` checks and sends it.

use crate::direct_v5::reports::ReportDefinition;
use crate::runtime::reports::ReportRequest;

impl ReportRequest for ReportDefinition {
    fn validate(&self) -> Result<(), String> {
        ReportDefinition::validate(self).map_err(|e| e.to_string())
    }

    fn field_names(&self) -> Vec<String> {
        self.field_names
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect()
    }
}
