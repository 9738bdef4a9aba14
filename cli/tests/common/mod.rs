//! What the `ydirect` end-to-end tests share: running the binary, reading its output, and a
//! fake server on a runtime of its own.

// Each test binary includes this module and uses a part of it.
#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

use yandex_direct_fake_server::{FakeConfig, FakeServer};

/// Runs `ydirect` with `args`, no stdin, no token from the environment unless `token` is
/// given, and no `RUST_LOG`.
pub fn ydirect(args: &[&str], token: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ydirect"));
    command
        .args(args)
        .env_remove("YANDEX_DIRECT_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null());
    if let Some(token) = token {
        command.env("YANDEX_DIRECT_TOKEN", token);
    }
    command.output().expect("ydirect runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fake server with `config`, on a runtime of its own (the tests themselves are not async:
/// they run the binary and wait for it).
pub fn start_fake_server(config: FakeConfig) -> (tokio::runtime::Runtime, FakeServer) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime
        .block_on(FakeServer::start(config))
        .expect("the fake server starts");
    (runtime, server)
}

/// `--format parquet` (ga4, metrica): the file read back, checked against the JSON lines of the
/// same query.
#[cfg(feature = "parquet")]
pub mod parquet_table {
    use std::path::Path;

    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use serde_json::Value;
    use yandex_direct::runtime::reports::arrow::arrow_array::cast::AsArray;
    use yandex_direct::runtime::reports::arrow::arrow_array::types::{Float64Type, Int64Type};
    use yandex_direct::runtime::reports::arrow::arrow_array::{Array, RecordBatch};
    use yandex_direct::runtime::reports::arrow::arrow_schema::DataType;

    /// The batches of the Parquet file at `path`, and its number of row groups.
    pub fn read(path: &Path) -> (Vec<RecordBatch>, usize) {
        let file = std::fs::File::open(path).expect("the parquet file");
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).expect("a parquet file");
        let row_groups = builder.metadata().num_row_groups();
        let batches = builder
            .build()
            .expect("a reader")
            .collect::<Result<_, _>>()
            .expect("readable batches");
        (batches, row_groups)
    }

    /// Asserts the columns are `columns` (name, type, all nullable) and every value equals the
    /// same key of the JSON line of its row.
    pub fn assert_equals_json_lines(
        batches: &[RecordBatch],
        columns: &[(&str, DataType)],
        rows: &[Value],
    ) {
        let mut row_index = 0;
        for batch in batches {
            let schema = batch.schema();
            let found: Vec<(&str, DataType)> = schema
                .fields()
                .iter()
                .map(|f| {
                    assert!(f.is_nullable(), "{} is nullable", f.name());
                    (f.name().as_str(), f.data_type().clone())
                })
                .collect();
            assert_eq!(found, columns);
            for i in 0..batch.num_rows() {
                let row = &rows[row_index];
                for (c, (name, data_type)) in columns.iter().enumerate() {
                    let array = batch.column(c);
                    let expected = &row[*name];
                    if array.is_null(i) {
                        assert!(expected.is_null(), "{name} of row {row_index}: {row}");
                        continue;
                    }
                    match data_type {
                        DataType::Utf8 => {
                            assert_eq!(
                                array.as_string::<i32>().value(i),
                                expected.as_str().expect("text"),
                                "{name} of row {row_index}"
                            )
                        }
                        DataType::Int64 => assert_eq!(
                            Some(array.as_primitive::<Int64Type>().value(i)),
                            expected.as_i64(),
                            "{name} of row {row_index}"
                        ),
                        DataType::Float64 => assert_eq!(
                            Some(array.as_primitive::<Float64Type>().value(i)),
                            expected.as_f64(),
                            "{name} of row {row_index}"
                        ),
                        other => panic!("unexpected column type {other}"),
                    }
                }
                row_index += 1;
            }
        }
        assert_eq!(row_index, rows.len(), "every row");
    }
}
