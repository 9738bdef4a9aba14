//! Paging of `get` methods: requests take `Page {Limit, Offset}`, responses say `LimitedBy` when
//! they were cut off. The generator implements these traits for every `get` that pages;
//! [`JsonPageRequest`] and [`JsonPage`] implement them for untyped JSON (a program that has the
//! params as JSON, such as a command line), so that both follow the same paging
//! ([`crate::paging_stream::Pages`]).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A `get` request that accepts `Page`.
pub trait PagedRequest: Serialize + Clone {
    /// Sets `Page.Offset` (keeping `Page.Limit` if one was set).
    fn set_page_offset(&mut self, offset: i64);

    /// `Page.Offset` as the request gives it (0 when it gives none): where the first page
    /// starts, and what its `LimitedBy` must go past.
    fn page_offset(&self) -> i64 {
        0
    }
}

/// A `get` response that may be cut off with `LimitedBy`.
pub trait PagedResponse: DeserializeOwned + Send {
    /// The type of the items it returns.
    type Item;
    /// `LimitedBy`: the offset to ask for next, when the result was cut off.
    fn limited_by(&self) -> Option<i64>;
    /// The items of this page (none when the collection key is absent).
    fn into_items(self) -> Vec<Self::Item>;
}

/// The params of a paging `get` as untyped JSON (see [`crate::Client::json_pages`]): an
/// object whose `Page`, if given, is an object with an integer `Offset`, if given.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct JsonPageRequest {
    params: Map<String, Value>,
}

impl JsonPageRequest {
    /// Checks that `params` can be paged: an object, its `Page` (if any) an object, its
    /// `Page.Offset` (if any) an integer. The error names what is wrong, and where.
    pub fn new(params: Value) -> Result<Self, String> {
        let Value::Object(params) = params else {
            return Err(format!("params: {} is not an object", kind_of(&params)));
        };
        match params.get("Page") {
            None => {}
            Some(Value::Object(page)) => {
                if let Some(offset) = page.get("Offset") {
                    if offset.as_i64().is_none() {
                        return Err(format!("params.Page.Offset: {offset} is not an offset"));
                    }
                }
            }
            Some(other) => return Err(format!("params.Page: {} is not an object", kind_of(other))),
        }
        Ok(JsonPageRequest { params })
    }

    /// The params, as they are sent for the next page.
    pub fn params(&self) -> &Map<String, Value> {
        &self.params
    }
}

impl PagedRequest for JsonPageRequest {
    fn set_page_offset(&mut self, offset: i64) {
        let page = self
            .params
            .entry("Page")
            .or_insert_with(|| Value::Object(Map::new()));
        // `new` let only an object through.
        if let Value::Object(page) = page {
            page.insert("Offset".to_owned(), Value::from(offset));
        }
    }

    fn page_offset(&self) -> i64 {
        self.params
            .get("Page")
            .and_then(|page| page.get("Offset"))
            .and_then(Value::as_i64)
            .unwrap_or(0)
    }
}

/// The `result` of one page of a `get` as untyped JSON: its one list of items (the value of
/// whichever key holds a list, such as `Campaigns`) and `LimitedBy`. A result that is not an
/// object, a `LimitedBy` that is not an integer, or more than one list is a decode error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "Map<String, Value>")]
pub struct JsonPage {
    /// The key of the list (`Campaigns`, `Keywords`, ...); `None` when the page has no list
    /// (an empty list may be left out of the answer altogether).
    pub list: Option<String>,
    /// The items of the page, in the server's order.
    pub items: Vec<Value>,
    /// `LimitedBy`: the offset to ask for next, when the result was cut off.
    pub limited_by: Option<i64>,
}

impl TryFrom<Map<String, Value>> for JsonPage {
    type Error = String;

    fn try_from(result: Map<String, Value>) -> Result<Self, String> {
        let mut page = JsonPage {
            list: None,
            items: Vec::new(),
            limited_by: None,
        };
        for (key, value) in result {
            if key == "LimitedBy" {
                let offset = value
                    .as_i64()
                    .ok_or_else(|| format!("`LimitedBy` {value} is not an offset"))?;
                page.limited_by = Some(offset);
            } else if let Value::Array(items) = value {
                if let Some(first) = &page.list {
                    return Err(format!(
                        "the result has more than one list ({first}, {key}): which are the \
                         items is ambiguous"
                    ));
                }
                page.list = Some(key);
                page.items = items;
            }
        }
        Ok(page)
    }
}

impl PagedResponse for JsonPage {
    type Item = Value;

    fn limited_by(&self) -> Option<i64> {
        self.limited_by
    }

    fn into_items(self) -> Vec<Value> {
        self.items
    }
}

/// What a JSON value is, for messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_params_that_cannot_be_paged_are_refused_with_where() {
        let refused = |params: Value| JsonPageRequest::new(params).expect_err("refused");
        assert_eq!(refused(json!([1])), "params: an array is not an object");
        assert_eq!(
            refused(json!({"Page": 3})),
            "params.Page: a number is not an object"
        );
        assert_eq!(
            refused(json!({"Page": {"Offset": "3"}})),
            "params.Page.Offset: \"3\" is not an offset"
        );
    }

    #[test]
    fn json_params_keep_the_limit_and_take_each_offset() {
        let mut request =
            JsonPageRequest::new(json!({"FieldNames": ["Id"], "Page": {"Limit": 3}})).unwrap();
        assert_eq!(request.page_offset(), 0);
        request.set_page_offset(6);
        assert_eq!(request.page_offset(), 6);
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            json!({"FieldNames": ["Id"], "Page": {"Limit": 3, "Offset": 6}})
        );
        let mut without_page = JsonPageRequest::new(json!({})).unwrap();
        without_page.set_page_offset(2);
        assert_eq!(
            without_page.params(),
            json!({"Page": {"Offset": 2}}).as_object().unwrap()
        );
        let given = JsonPageRequest::new(json!({"Page": {"Offset": 40}})).unwrap();
        assert_eq!(given.page_offset(), 40);
    }

    #[test]
    fn a_json_page_is_its_one_list_and_limited_by() {
        let page: JsonPage =
            serde_json::from_value(json!({"Campaigns": [{"Id": 1}, {"Id": 2}], "LimitedBy": 2}))
                .unwrap();
        assert_eq!(page.list.as_deref(), Some("Campaigns"));
        assert_eq!(page.limited_by(), Some(2));
        assert_eq!(page.into_items(), [json!({"Id": 1}), json!({"Id": 2})]);

        let last: JsonPage = serde_json::from_value(json!({})).unwrap();
        assert_eq!(
            (last.list, last.limited_by, last.items.len()),
            (None, None, 0)
        );
    }

    #[test]
    fn a_json_page_that_is_not_one_list_is_a_decode_error() {
        let fault = |result: Value| {
            serde_json::from_value::<JsonPage>(result)
                .expect_err("refused")
                .to_string()
        };
        assert!(fault(json!({"Campaigns": [], "LimitedBy": "x"}))
            .contains("`LimitedBy` \"x\" is not an offset"));
        assert!(fault(json!({"Ads": [], "Keywords": []}))
            .contains("more than one list (Ads, Keywords)"));
        assert!(fault(json!([1])).contains("map"));
    }
}
