//! Report rows into Arrow [`RecordBatch`]es with typed columns (feature `arrow`): what Polars,
//! DataFusion, DuckDB and the Parquet writer load.
//!
//! The columns, from each column's [`ReportFieldType`]:
//!
//! | field type          | Arrow type                                              |
//! |---------------------|---------------------------------------------------------|
//! | integer             | `Int64`                                                 |
//! | money               | `Decimal128(19, 6)`: currency units, the stored integer is the micros |
//! | decimal, percent    | `Decimal128(38, s)`, `s` = [`BatchOptions::decimal_scale`] (6) |
//! | date                | `Date32`                                                |
//! | enum, text          | `Utf8`                                                  |
//!
//! `--` is null in every column. Money is a decimal with six places rather than an `Int64`
//! of micros so that every reader shows currency units (`12.340000`) while staying exact:
//! the decimal's integer is [`Money::micros`](super::Money::micros), whether the report came
//! in micros or in units. Percentages stay as the report has them (`4.35` is 4.35 %).
//!
//! A batch is emitted every [`BatchOptions::batch_rows`] rows, so memory stays bounded by one
//! batch whatever the size of the report.

use std::io::Read;
use std::sync::Arc;

pub use arrow_array;
pub use arrow_schema;

use arrow_array::builder::{Date32Builder, Decimal128Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::reader::{ReadErrorKind, ReportColumns, ReportReadError, ReportReader, Row};
use super::types::{Cell, Decimal, ReportDate, ReportFieldType};

/// The precision of money columns: every `i64` of micros fits.
pub const MONEY_PRECISION: u8 = 19;
/// The scale of money columns: micros.
pub const MONEY_SCALE: i8 = 6;
/// The precision of decimal and percent columns (Arrow's largest for `Decimal128`).
pub const DECIMAL_PRECISION: u8 = 38;

/// How report rows become batches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchOptions {
    /// The rows of each batch (the last one may have fewer). At least 1.
    pub batch_rows: usize,
    /// The decimal places of decimal and percent columns. A cell with more places than this
    /// (beyond trailing zeros) is an error naming its line and column, never rounded.
    /// At most 18.
    pub decimal_scale: u8,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            batch_rows: 65_536,
            decimal_scale: 6,
        }
    }
}

/// The Arrow type of a column of `field_type`.
pub fn arrow_type(field_type: ReportFieldType, options: &BatchOptions) -> DataType {
    match field_type {
        ReportFieldType::Integer => DataType::Int64,
        ReportFieldType::Money => DataType::Decimal128(MONEY_PRECISION, MONEY_SCALE),
        ReportFieldType::Decimal | ReportFieldType::Percent => {
            DataType::Decimal128(DECIMAL_PRECISION, decimal_scale(options) as i8)
        }
        ReportFieldType::Date => DataType::Date32,
        ReportFieldType::Enum | ReportFieldType::Text => DataType::Utf8,
    }
}

/// The Arrow schema of a report with `columns`: one nullable field per column, named as the
/// report names it. Each field's metadata holds `report_field_type` (`money`, `percent`, ...).
pub fn report_schema(columns: &ReportColumns, options: &BatchOptions) -> SchemaRef {
    let fields: Vec<Field> = columns
        .names()
        .iter()
        .zip(columns.types())
        .map(|(name, &field_type)| {
            let metadata = std::collections::HashMap::from([(
                "report_field_type".to_owned(),
                field_type.as_str().to_owned(),
            )]);
            Field::new(name.clone(), arrow_type(field_type, options), true).with_metadata(metadata)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

fn decimal_scale(options: &BatchOptions) -> u8 {
    options.decimal_scale.min(18)
}

/// One column being built.
enum ColumnBuilder {
    Integer(Int64Builder),
    Money(Decimal128Builder),
    Decimal(Decimal128Builder),
    Date(Date32Builder),
    Text(StringBuilder),
}

/// Builds [`RecordBatch`]es from report rows, one batch every
/// [`BatchOptions::batch_rows`] rows. The columns are taken from the first row pushed.
pub struct BatchBuilder {
    options: BatchOptions,
    schema: Option<SchemaRef>,
    columns: Vec<ColumnBuilder>,
    rows: usize,
}

impl std::fmt::Debug for BatchBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchBuilder")
            .field("options", &self.options)
            .field("schema", &self.schema)
            .field("rows", &self.rows)
            .finish()
    }
}

impl BatchBuilder {
    /// A builder of batches as `options` say.
    pub fn new(options: BatchOptions) -> Self {
        BatchBuilder {
            options: BatchOptions {
                batch_rows: options.batch_rows.max(1),
                decimal_scale: decimal_scale(&options),
            },
            schema: None,
            columns: Vec::new(),
            rows: 0,
        }
    }

    /// The options in effect.
    pub fn options(&self) -> &BatchOptions {
        &self.options
    }

    /// The schema of the batches, once a row was pushed (before, see [`report_schema`]).
    pub fn schema(&self) -> Option<&SchemaRef> {
        self.schema.as_ref()
    }

    /// The rows pushed and not yet in a batch.
    pub fn pending_rows(&self) -> usize {
        self.rows
    }

    fn start(&mut self, columns: &ReportColumns) {
        let capacity = self.options.batch_rows.min(65_536);
        let scale = self.options.decimal_scale as i8;
        self.columns = columns
            .types()
            .iter()
            .map(|field_type| match field_type {
                ReportFieldType::Integer => {
                    ColumnBuilder::Integer(Int64Builder::with_capacity(capacity))
                }
                ReportFieldType::Money => ColumnBuilder::Money(
                    Decimal128Builder::with_capacity(capacity)
                        .with_data_type(DataType::Decimal128(MONEY_PRECISION, MONEY_SCALE)),
                ),
                ReportFieldType::Decimal | ReportFieldType::Percent => ColumnBuilder::Decimal(
                    Decimal128Builder::with_capacity(capacity)
                        .with_data_type(DataType::Decimal128(DECIMAL_PRECISION, scale)),
                ),
                ReportFieldType::Date => {
                    ColumnBuilder::Date(Date32Builder::with_capacity(capacity))
                }
                ReportFieldType::Enum | ReportFieldType::Text => {
                    ColumnBuilder::Text(StringBuilder::with_capacity(capacity, capacity * 16))
                }
            })
            .collect();
        self.schema = Some(report_schema(columns, &self.options));
    }

    /// Adds `row`; gives a batch when it makes the current one full.
    pub fn push_row(&mut self, row: &Row<'_>) -> Result<Option<RecordBatch>, ReportReadError> {
        if self.schema.is_none() {
            self.start(row.columns());
        }
        if row.len() != self.columns.len() {
            return Err(ReportReadError {
                kind: ReadErrorKind::Malformed,
                line: Some(row.line()),
                column: None,
                message: format!(
                    "{} cells where the batch has {} columns",
                    row.len(),
                    self.columns.len()
                ),
            });
        }
        let scale = self.options.decimal_scale;
        for (i, column) in self.columns.iter_mut().enumerate() {
            let cell = row.cell(i)?;
            let mismatch = || {
                cell_error(
                    row,
                    i,
                    format!("a {cell:?} cell in a column of another type"),
                )
            };
            match (column, cell) {
                (ColumnBuilder::Integer(b), Cell::Missing) => b.append_null(),
                (ColumnBuilder::Integer(b), Cell::Integer(v)) => b.append_value(v),
                (ColumnBuilder::Money(b), Cell::Missing) => b.append_null(),
                (ColumnBuilder::Money(b), Cell::Money(m)) => b.append_value(i128::from(m.micros)),
                (ColumnBuilder::Decimal(b), Cell::Missing) => b.append_null(),
                (ColumnBuilder::Decimal(b), Cell::Decimal(d) | Cell::Percent(d)) => {
                    let value = rescale(d, scale).ok_or_else(|| {
                        cell_error(
                            row,
                            i,
                            format!("`{d}` has more than {scale} decimal places (BatchOptions::decimal_scale)"),
                        )
                    })?;
                    b.append_value(value);
                }
                (ColumnBuilder::Date(b), Cell::Missing) => b.append_null(),
                (ColumnBuilder::Date(b), Cell::Date(d)) => b.append_value(days_since_epoch(d)),
                (ColumnBuilder::Text(b), Cell::Missing) => b.append_null(),
                (ColumnBuilder::Text(b), Cell::Text(s) | Cell::Enum(s)) => b.append_value(s),
                _ => return Err(mismatch()),
            }
        }
        self.rows += 1;
        if self.rows >= self.options.batch_rows {
            return self.flush();
        }
        Ok(None)
    }

    /// The rows pushed since the last batch as a batch; `None` when there are none.
    pub fn flush(&mut self) -> Result<Option<RecordBatch>, ReportReadError> {
        let Some(schema) = self.schema.clone() else {
            return Ok(None);
        };
        if self.rows == 0 {
            return Ok(None);
        }
        let arrays: Vec<ArrayRef> = self
            .columns
            .iter_mut()
            .map(|column| -> ArrayRef {
                match column {
                    ColumnBuilder::Integer(b) => Arc::new(b.finish()),
                    ColumnBuilder::Money(b) | ColumnBuilder::Decimal(b) => Arc::new(b.finish()),
                    ColumnBuilder::Date(b) => Arc::new(b.finish()),
                    ColumnBuilder::Text(b) => Arc::new(b.finish()),
                }
            })
            .collect();
        self.rows = 0;
        RecordBatch::try_new(schema, arrays)
            .map(Some)
            .map_err(|e| ReportReadError {
                kind: ReadErrorKind::Malformed,
                line: None,
                column: None,
                message: format!("cannot build an Arrow batch: {e}"),
            })
    }
}

fn cell_error(row: &Row<'_>, i: usize, message: String) -> ReportReadError {
    ReportReadError {
        kind: ReadErrorKind::BadCell,
        line: Some(row.line()),
        column: row.columns().names().get(i).cloned(),
        message,
    }
}

/// `decimal` as an integer of `scale` places; `None` when that would drop a non-zero digit.
fn rescale(decimal: Decimal, scale: u8) -> Option<i128> {
    let mantissa = i128::from(decimal.mantissa);
    if decimal.scale <= scale {
        // At most 18 digits times at most 10^18: within an i128.
        return mantissa.checked_mul(10i128.checked_pow(u32::from(scale - decimal.scale))?);
    }
    let divisor = 10i128.checked_pow(u32::from(decimal.scale - scale))?;
    (mantissa % divisor == 0).then_some(mantissa / divisor)
}

/// Days from 1970-01-01 to `date` (proleptic Gregorian calendar), as Arrow's `Date32` counts.
pub fn days_since_epoch(date: ReportDate) -> i32 {
    // Howard Hinnant's days_from_civil.
    let month = i32::from(date.month);
    let year = i32::from(date.year) - i32::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year =
        (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i32::from(date.day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Every remaining row of `reader` in batches of [`BatchOptions::batch_rows`] rows, at memory
/// bounded by one batch. Ends after the first error (a truncated report included: never a
/// short result). A report without rows gives no batch; its schema is
/// [`report_schema`] of [`ReportReader::columns`].
pub fn read_batches<R: Read>(
    reader: ReportReader<R>,
    options: BatchOptions,
) -> impl Iterator<Item = Result<RecordBatch, ReportReadError>> {
    let mut reader = reader;
    let mut builder = BatchBuilder::new(options);
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let pushed = match reader.next_row() {
                Ok(Some(row)) => builder.push_row(&row),
                Ok(None) => {
                    done = true;
                    builder.flush()
                }
                Err(e) => Err(e),
            };
            match pushed {
                Ok(Some(batch)) => return Some(Ok(batch)),
                Ok(None) => {}
                Err(e) => {
                    done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Decimal128Type, Int64Type};
    use arrow_array::Array;

    use crate::reports::ReadOptions;

    fn field_types(name: &str) -> Option<ReportFieldType> {
        Some(match name {
            "Date" => ReportFieldType::Date,
            "CampaignId" | "Clicks" => ReportFieldType::Integer,
            "Cost" => ReportFieldType::Money,
            "Ctr" => ReportFieldType::Percent,
            "AdNetworkType" => ReportFieldType::Enum,
            "GoalsRoi" => ReportFieldType::Decimal,
            _ => return None,
        })
    }

    const COLUMNS: &str = "Date\tCampaignId\tCampaignName\tAdNetworkType\tClicks\tCost\tCtr\tGoalsRoi\tConversions_123_LC";

    /// A report of `rows` rows; row `i` (from 0) has `i` clicks, `--` in CampaignName and
    /// GoalsRoi on every third row.
    fn report(rows: usize, micros: bool) -> String {
        let mut text = format!("\"june (2024-06-01 - 2024-06-30)\"\n{COLUMNS}\n");
        for i in 0..rows {
            let missing = i % 3 == 2;
            let cost = if micros {
                format!("{}", 12_340_000 + i as i64)
            } else {
                format!("12.{:02}", i % 100)
            };
            text.push_str(&format!(
                "2024-06-{:02}\t{}\t{}\t{}\t{i}\t{cost}\t{}.35\t{}\t{}\n",
                1 + i % 30,
                1000 + i,
                if missing {
                    "--".to_owned()
                } else {
                    format!("camp {i}")
                },
                if i % 2 == 0 { "SEARCH" } else { "AD_NETWORK" },
                i % 10,
                if missing { "--" } else { "-1.5" },
                if missing { "--" } else { "7" },
            ));
        }
        text.push_str(&format!("Total rows: {rows}\n"));
        text
    }

    fn reader(text: String, micros: bool) -> ReportReader<std::io::Cursor<Vec<u8>>> {
        let mut options = ReadOptions::new(field_types);
        options.money_in_micros = micros;
        ReportReader::new(std::io::Cursor::new(text.into_bytes()), options)
    }

    fn collect(
        text: String,
        micros: bool,
        options: BatchOptions,
    ) -> Result<Vec<RecordBatch>, ReportReadError> {
        read_batches(reader(text, micros), options).collect()
    }

    #[test]
    fn columns_are_typed_by_field_type() {
        let batches = collect(report(3, false), false, BatchOptions::default()).unwrap();
        assert_eq!(batches.len(), 1);
        let schema = batches[0].schema();
        let types: Vec<(&str, &DataType)> = schema
            .fields()
            .iter()
            .map(|f| (f.name().as_str(), f.data_type()))
            .collect();
        assert_eq!(
            types,
            [
                ("Date", &DataType::Date32),
                ("CampaignId", &DataType::Int64),
                ("CampaignName", &DataType::Utf8),
                ("AdNetworkType", &DataType::Utf8),
                ("Clicks", &DataType::Int64),
                ("Cost", &DataType::Decimal128(19, 6)),
                ("Ctr", &DataType::Decimal128(38, 6)),
                ("GoalsRoi", &DataType::Decimal128(38, 6)),
                ("Conversions_123_LC", &DataType::Utf8),
            ]
        );
        assert_eq!(
            schema
                .field_with_name("Ctr")
                .unwrap()
                .metadata()
                .get("report_field_type")
                .map(String::as_str),
            Some("percent")
        );
        assert!(schema.fields().iter().all(|f| f.is_nullable()));
    }

    #[test]
    fn values_are_exact_and_missing_cells_are_null() {
        for micros in [false, true] {
            let batches = collect(report(3, micros), micros, BatchOptions::default()).unwrap();
            let batch = &batches[0];
            assert_eq!(batch.num_rows(), 3);
            let dates = batch.column(0).as_primitive::<Date32Type>();
            assert_eq!(dates.values(), &[19_875, 19_876, 19_877]); // 2024-06-01..03
            let ids = batch.column(1).as_primitive::<Int64Type>();
            assert_eq!(ids.values(), &[1000, 1001, 1002]);
            let names = batch.column(2).as_string::<i32>();
            assert_eq!(names.value(0), "camp 0");
            assert!(!names.is_null(1));
            assert!(names.is_null(2), "`--` is null");
            let networks = batch.column(3).as_string::<i32>();
            assert_eq!(networks.value(1), "AD_NETWORK");
            let cost = batch.column(5).as_primitive::<Decimal128Type>();
            let expected: [i128; 3] = if micros {
                [12_340_000, 12_340_001, 12_340_002]
            } else {
                [12_000_000, 12_010_000, 12_020_000]
            };
            assert_eq!(cost.values(), &expected, "money as micros, micros={micros}");
            assert_eq!(
                cost.value_as_string(1),
                if micros { "12.340001" } else { "12.010000" }
            );
            let ctr = batch.column(6).as_primitive::<Decimal128Type>();
            assert_eq!(ctr.value(1), 1_350_000);
            let roi = batch.column(7).as_primitive::<Decimal128Type>();
            assert_eq!(roi.value(0), -1_500_000);
            assert!(roi.is_null(2));
            let goals = batch.column(8).as_string::<i32>();
            assert_eq!(goals.value(1), "7");
            assert_eq!(goals.null_count(), 1);
        }
    }

    #[test]
    fn batches_split_every_batch_rows_and_keep_every_row() {
        let options = BatchOptions {
            batch_rows: 4,
            ..BatchOptions::default()
        };
        let batches = collect(report(10, true), true, options).unwrap();
        let sizes: Vec<usize> = batches.iter().map(RecordBatch::num_rows).collect();
        assert_eq!(sizes, [4, 4, 2]);
        let clicks: Vec<i64> = batches
            .iter()
            .flat_map(|b| b.column(4).as_primitive::<Int64Type>().values().to_vec())
            .collect();
        assert_eq!(clicks, (0..10).collect::<Vec<i64>>());
        assert!(batches.iter().all(|b| b.schema() == batches[0].schema()));
    }

    #[test]
    fn an_exact_multiple_gives_no_empty_batch_and_no_rows_gives_none() {
        let options = BatchOptions {
            batch_rows: 5,
            ..BatchOptions::default()
        };
        let sizes: Vec<usize> = collect(report(10, true), true, options)
            .unwrap()
            .iter()
            .map(RecordBatch::num_rows)
            .collect();
        assert_eq!(sizes, [5, 5]);
        let mut empty = reader(report(0, true), true);
        assert!(empty.next_row().unwrap().is_none());
        let schema = report_schema(empty.columns(), &options);
        assert_eq!(schema.fields().len(), 9);
        assert!(collect(report(0, true), true, options).unwrap().is_empty());
    }

    #[test]
    fn a_truncated_report_is_an_error_after_the_full_batches() {
        let mut text = report(10, true);
        text.truncate(text.find("Total rows").unwrap());
        let options = BatchOptions {
            batch_rows: 4,
            ..BatchOptions::default()
        };
        let results: Vec<_> = read_batches(reader(text, true), options).collect();
        assert_eq!(results.len(), 3);
        assert!(results[0].is_ok() && results[1].is_ok());
        let error = results[2].as_ref().unwrap_err();
        assert!(error.is_truncated(), "{error}");
    }

    #[test]
    fn more_decimal_places_than_the_scale_is_an_error_naming_the_cell() {
        let text = report(2, true).replace("\t1.35\t", "\t1.3512345\t");
        let error = collect(text, true, BatchOptions::default()).unwrap_err();
        assert_eq!(error.kind, ReadErrorKind::BadCell);
        assert_eq!(error.column.as_deref(), Some("Ctr"));
        assert_eq!(error.line, Some(4));
        let options = BatchOptions {
            decimal_scale: 7,
            ..BatchOptions::default()
        };
        let text = report(2, true).replace("\t1.35\t", "\t1.3512345\t");
        let batches = collect(text, true, options).unwrap();
        let ctr = batches[0].column(6).as_primitive::<Decimal128Type>();
        assert_eq!(ctr.value(1), 13_512_345);
        assert_eq!(
            batches[0].schema().field(6).data_type(),
            &DataType::Decimal128(38, 7)
        );
    }

    #[test]
    fn days_since_epoch_matches_known_dates() {
        let date = |year, month, day| ReportDate { year, month, day };
        assert_eq!(days_since_epoch(date(1970, 1, 1)), 0);
        assert_eq!(days_since_epoch(date(1969, 12, 31)), -1);
        assert_eq!(days_since_epoch(date(2000, 3, 1)), 11_017);
        assert_eq!(days_since_epoch(date(2024, 2, 29)), 19_782);
        assert_eq!(days_since_epoch(date(2024, 6, 1)), 19_875);
    }

    #[test]
    fn rescale_is_exact_or_refused() {
        let d = |mantissa, scale| Decimal { mantissa, scale };
        assert_eq!(rescale(d(435, 2), 6), Some(4_350_000));
        assert_eq!(rescale(d(-5, 2), 6), Some(-50_000));
        assert_eq!(rescale(d(12_300_000_000, 9), 6), Some(12_300_000));
        assert_eq!(rescale(d(12_345_678_901, 9), 6), None);
        assert_eq!(
            rescale(d(i64::MAX, 0), 18),
            Some(i128::from(i64::MAX) * 10i128.pow(18))
        );
    }
}
