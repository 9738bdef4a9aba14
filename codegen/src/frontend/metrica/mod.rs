//! The Yandex Metrica Reporting API (`schema/metrica/fields.json`): its [`format`], written by
//! the importer (`codegen::import::metrica`).

pub mod format;
