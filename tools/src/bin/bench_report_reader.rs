//! The report reader's benchmark binary, driven by `tests/bench/report_reader.py`.
//!
//! ```text
//! bench-report-reader generate FILE BYTES   # a CUSTOM_REPORT-like TSV of about BYTES bytes
//! bench-report-reader read FILE [THREADS]   # every cell typed; prints one JSON line of figures
//! bench-report-reader download BYTES        # a gzip'd report of about BYTES bytes through the client
//! ```
//!
//! `THREADS` is `ReadOptions::threads`: 0 (the default) one reader thread per core, 1 the
//! caller's thread alone.
//!
//! `generate` writes a report with the API's layout (title, column names, rows, `Total rows:
//! N`) and 15 columns: dates, ids, names, enums, impressions, clicks, CTR, money in currency
//! units, conversions; about one cell in twenty is `--`. `read` reads it with
//! `ReportReader`, typing every cell by the generated schema, and prints the rows, the sums of
//! clicks and cost (so that nothing is optimised away) and the time taken.
//!
//! `download` generates such a report into a temporary directory, serves it gzip'd from a
//! scripted server on 127.0.0.1, gets it with `Client::report_stream` (decompressed by the
//! receiving task, parsed by blocks beside it) and reads the same file from disk in the same
//! run; it prints both speeds in MB/s (of the uncompressed text) and their ratio.

use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use yandex_direct::direct_v5::reports::{
    DateRangeType, Field, ReportDefinition, ReportType, ReportsSchema,
};
use yandex_direct::runtime::reports::{
    Cell, ReadOptions, ReportOptions, ReportReadError, ReportReader, ReportSchema, Row,
};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

const COLUMNS: [&str; 15] = [
    "Date",
    "CampaignId",
    "CampaignName",
    "AdGroupId",
    "AdId",
    "AdNetworkType",
    "Device",
    "Age",
    "Gender",
    "Impressions",
    "Clicks",
    "Ctr",
    "Cost",
    "AvgCpc",
    "Conversions",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let outcome = match args.get(1).map(String::as_str) {
        Some("generate") if args.len() == 4 => match args[3].parse::<u64>() {
            Ok(bytes) => generate(&args[2], bytes),
            Err(e) => Err(format!("BYTES: {e}")),
        },
        Some("read") if args.len() == 3 => read(&args[2], 0),
        Some("read") if args.len() == 4 => match args[3].parse::<usize>() {
            Ok(threads) => read(&args[2], threads),
            Err(e) => Err(format!("THREADS: {e}")),
        },
        Some("download") if args.len() == 3 => match args[2].parse::<u64>() {
            Ok(bytes) => download(bytes),
            Err(e) => Err(format!("BYTES: {e}")),
        },
        _ => Err(
            "usage: bench-report-reader generate FILE BYTES | read FILE [THREADS] | download BYTES"
                .to_owned(),
        ),
    };
    if let Err(message) = outcome {
        eprintln!("bench-report-reader: {message}");
        std::process::exit(1);
    }
}

fn generate(path: &str, bytes: u64) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let mut rng = fastrand::Rng::with_seed(20240601);
    let networks = ["SEARCH", "AD_NETWORK"];
    let devices = ["DESKTOP", "MOBILE", "TABLET"];
    let ages = [
        "AGE_0_17",
        "AGE_18_24",
        "AGE_25_34",
        "AGE_35_44",
        "AGE_45_54",
        "AGE_55",
        "UNKNOWN",
    ];
    let genders = ["GENDER_MALE", "GENDER_FEMALE", "UNKNOWN"];
    let mut written: u64 = 0;
    let mut rows: u64 = 0;
    let mut line = String::with_capacity(256);
    let io = |e: std::io::Error| format!("{path}: {e}");
    let title = "\"bench (2024-01-01 - 2024-12-31)\"\n";
    out.write_all(title.as_bytes()).map_err(io)?;
    let header = format!("{}\n", COLUMNS.join("\t"));
    out.write_all(header.as_bytes()).map_err(io)?;
    written += (title.len() + header.len()) as u64;
    use std::fmt::Write as _;
    while written < bytes {
        line.clear();
        let day = rows % 365;
        let (month, day_of_month) = (day / 31 + 1, day % 28 + 1);
        let campaign = 70_000_000 + rng.u64(0..500);
        let impressions = rng.u64(1..5000);
        let clicks = rng.u64(0..=impressions / 10);
        let cpc_cents = rng.u64(5..500);
        let cost_cents = clicks * cpc_cents;
        let missing = rng.u8(0..20) == 0;
        let _ = write!(
            line,
            "2024-{month:02}-{day_of_month:02}\t{campaign}\tCampaign {} spring sale\t{}\t{}\t{}\t{}\t{}\t{}\t{impressions}\t{clicks}\t{}.{:02}\t{}.{:02}\t",
            campaign % 1000,
            5_000_000_000 + rng.u64(0..100_000),
            15_000_000_000 + rng.u64(0..1_000_000),
            networks[rng.usize(0..networks.len())],
            devices[rng.usize(0..devices.len())],
            ages[rng.usize(0..ages.len())],
            genders[rng.usize(0..genders.len())],
            clicks * 100 / impressions,
            clicks * 10_000 / impressions % 100,
            cost_cents / 100,
            cost_cents % 100,
        );
        if clicks == 0 || missing {
            line.push_str("--\t");
        } else {
            let avg = cost_cents / clicks;
            let _ = write!(line, "{}.{:02}\t", avg / 100, avg % 100);
        }
        if missing {
            line.push_str("--\n");
        } else {
            let _ = writeln!(line, "{}", clicks / 7);
        }
        out.write_all(line.as_bytes()).map_err(io)?;
        written += line.len() as u64;
        rows += 1;
    }
    let summary = format!("Total rows: {rows}\n");
    out.write_all(summary.as_bytes()).map_err(io)?;
    out.flush().map_err(io)?;
    println!(
        "{{\"rows\": {rows}, \"bytes\": {}}}",
        written + summary.len() as u64
    );
    Ok(())
}

/// What a reading adds up, so that nothing is optimised away.
#[derive(Debug, Default, PartialEq)]
struct Tally {
    rows: u64,
    missing: u64,
    checksum: i64,
    cost_micros: i64,
    text_bytes: usize,
}

impl Tally {
    fn add(&mut self, row: &Row<'_>) -> Result<(), ReportReadError> {
        self.rows += 1;
        for cell in row.cells() {
            match cell? {
                Cell::Missing => self.missing += 1,
                Cell::Integer(v) => self.checksum = self.checksum.wrapping_add(v),
                Cell::Money(m) => self.cost_micros = self.cost_micros.wrapping_add(m.micros),
                Cell::Decimal(d) | Cell::Percent(d) => {
                    self.checksum = self.checksum.wrapping_add(d.mantissa)
                }
                Cell::Date(d) => self.text_bytes += usize::from(d.day),
                Cell::Enum(s) | Cell::Text(s) => self.text_bytes += s.len(),
            }
        }
        Ok(())
    }
}

/// Reads `path` from disk; gives the tally and the bytes read.
fn read_file(path: &str, threads: usize) -> Result<(Tally, u64), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let options = ReadOptions {
        threads,
        ..ReadOptions::new(ReportsSchema::field_type)
    };
    let mut reader = ReportReader::new(file, options);
    let mut tally = Tally::default();
    while let Some(row) = reader.next_row().map_err(|e| e.to_string())? {
        tally.add(&row).map_err(|e| e.to_string())?;
    }
    Ok((tally, reader.bytes_read()))
}

fn read(path: &str, threads: usize) -> Result<(), String> {
    let started = Instant::now();
    let (tally, bytes) = read_file(path, threads)?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{{\"rows\": {}, \"missing\": {}, \"checksum\": {}, \"cost_micros\": {}, \"text_bytes\": {}, \"seconds\": {seconds:.3}, \"bytes\": {bytes}}}",
        tally.rows, tally.missing, tally.checksum, tally.cost_micros, tally.text_bytes,
    );
    Ok(())
}

fn download(bytes: u64) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| format!("a temporary directory: {e}"))?;
    let path = dir.path().join("report.tsv");
    let path = path.to_str().ok_or("the temporary path is not UTF-8")?;
    generate(path, bytes)?;
    let text = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(&text).map_err(|e| format!("gzip: {e}"))?;
    let gzipped = encoder.finish().map_err(|e| format!("gzip: {e}"))?;
    let (plain_bytes, gzip_bytes) = (text.len() as u64, gzipped.len() as u64);
    drop(text);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("a Tokio runtime: {e}"))?;
    let (downloaded, download_seconds) = runtime.block_on(async {
        let reply = Reply::new(200)
            .header("Content-Type", "text/tab-separated-values")
            .header("Content-Encoding", "gzip")
            .body(gzipped);
        let server = ScriptedServer::with_script([reply])
            .await
            .map_err(|e| format!("the server: {e}"))?;
        let client = yandex_direct::Client::builder("bench-token")
            .base_url(server.base_url())
            .client_login("bench")
            .timeout(Duration::from_secs(600))
            .build()
            .map_err(|e| e.to_string())?;
        let fields: Vec<Field> = COLUMNS.iter().map(|&name| Field::from(name)).collect();
        let definition = ReportDefinition::new(
            "bench",
            ReportType::CustomReport,
            DateRangeType::AllTime,
            fields,
        );
        let started = Instant::now();
        let mut stream = client
            .report_stream(&definition, &ReportOptions::default())
            .await
            .map_err(|e| e.to_string())?;
        let mut tally = Tally::default();
        while let Some(row) = stream.next_row().await.map_err(|e| e.to_string())? {
            tally.add(&row).map_err(|e| e.to_string())?;
        }
        Ok::<_, String>((tally, started.elapsed().as_secs_f64()))
    })?;
    let started = Instant::now();
    let (from_disk, _) = read_file(path, 0)?;
    let disk_seconds = started.elapsed().as_secs_f64();
    if downloaded != from_disk {
        return Err(format!(
            "the download read {downloaded:?}, the file {from_disk:?}"
        ));
    }
    let mb = plain_bytes as f64 / 1e6;
    println!(
        "{{\"rows\": {}, \"bytes\": {plain_bytes}, \"gzip_bytes\": {gzip_bytes}, \"download_seconds\": {download_seconds:.3}, \"download_mb_s\": {:.1}, \"disk_seconds\": {disk_seconds:.3}, \"disk_mb_s\": {:.1}, \"download_to_disk\": {:.3}}}",
        from_disk.rows,
        mb / download_seconds,
        mb / disk_seconds,
        disk_seconds / download_seconds,
    );
    Ok(())
}
