//! Following `LimitedBy` through every page of a `get`.

use std::marker::PhantomData;

use futures_core::Stream;

use super::client::{Client, Response, ResponseMeta};
use super::error::{DecodeError, Error};
use super::method::Api;
use super::method::{Method, MethodInfo};
use super::paging::{JsonPage, JsonPageRequest, PagedRequest, PagedResponse};

/// The most pages one walk follows; a server that keeps answering `LimitedBy` beyond this is
/// treated as broken rather than followed forever.
pub const MAX_PAGES: usize = 100_000;

/// The pages of a paging `get`, one response at a time (see [`Client::pages`]). Read them with
/// the inherent [`Pages::next`], or turn them into a `Stream` with [`Pages::into_stream`].
pub struct Pages<'a, P, R> {
    client: &'a Client,
    method: &'static MethodInfo,
    /// The request of the next page, the pages read so far, and the offset it asks for.
    next: Option<(P, usize, i64)>,
    types: PhantomData<fn() -> (P, R)>,
}

impl<'a, P, R> Pages<'a, P, R>
where
    P: PagedRequest,
    R: PagedResponse,
{
    /// The walk that starts with `request` as given.
    fn first(client: &'a Client, method: &'static MethodInfo, request: P) -> Self {
        let offset = request.page_offset();
        Pages {
            client,
            method,
            next: Some((request, 0, offset)),
            types: PhantomData,
        }
    }

    /// The next page with its metadata, `None` after the last page or after an error.
    pub async fn next(&mut self) -> Option<Result<Response<R>, Error>> {
        let (request, pages, offset) = self.next.take()?;
        let response = match self.client.call::<P, R>(self.method, &request).await {
            Ok(response) => response,
            Err(e) => return Some(Err(e)),
        };
        match response.result.limited_by() {
            Some(next_offset) if next_offset <= offset => {
                let message = format!(
                    "`LimitedBy` {next_offset} does not go past the offset {offset} of the page \
                     it came with: the server's paging does not progress"
                );
                let error = DecodeError::new("result.LimitedBy".into(), message, &[])
                    .with_request_id(response.meta.request_id);
                return Some(Err(Error::Decode(error)));
            }
            Some(_) if pages + 1 >= MAX_PAGES => {
                return Some(Err(Error::InvalidRequest(format!(
                    "paging stopped after {MAX_PAGES} pages"
                ))));
            }
            Some(next_offset) => {
                let mut request = request;
                request.set_page_offset(next_offset);
                self.next = Some((request, pages + 1, next_offset));
            }
            None => {}
        }
        Some(Ok(response))
    }

    /// The pages as a `Stream` (for `futures`' combinators).
    pub fn into_stream(self) -> impl Stream<Item = Result<Response<R>, Error>> + 'a
    where
        P: 'a,
        R: 'a,
    {
        futures_util::stream::unfold(self, |mut pages| async move {
            let page = pages.next().await?;
            Some((page, pages))
        })
    }

    /// Every remaining item, with the metadata of each page.
    pub async fn collect_all(mut self) -> Result<AllPages<R::Item>, Error> {
        let mut all = AllPages {
            items: Vec::new(),
            pages: Vec::new(),
        };
        while let Some(page) = self.next().await {
            let page = page?;
            all.pages.push(page.meta);
            all.items.extend(page.result.into_items());
        }
        Ok(all)
    }
}

/// The items of every page of a `get`, with each page's metadata (request id, units).
#[derive(Debug, Clone, PartialEq)]
pub struct AllPages<T> {
    /// The items, in the server's order.
    pub items: Vec<T>,
    /// The metadata of each page's answer, in order.
    pub pages: Vec<ResponseMeta>,
}

impl<T> AllPages<T> {
    /// The units all the pages cost, as the `Units` headers said (pages without one count 0).
    pub fn units_spent(&self) -> i64 {
        self.pages
            .iter()
            .filter_map(|meta| meta.units.map(|u| u.spent))
            .sum()
    }

    /// The units left after the last page, when it said.
    pub fn units_rest(&self) -> Option<i64> {
        self.pages.last()?.units.map(|u| u.rest)
    }
}

impl Client {
    /// Every page of a paging `get`, one response at a time: the first page is `request` as
    /// given; while a page says `LimitedBy: n`, the next one is asked for with `Page.Offset = n`
    /// (keeping `Page.Limit`). Stops after the first error. A `LimitedBy` that is not past the
    /// offset of the page it came with (for the first page, the request's `Page.Offset`, or 0)
    /// is an error: following it would read the same page again, forever. So is a page beyond
    /// the [`MAX_PAGES`]th.
    ///
    /// ```no_run
    /// # use yandex_direct_runtime::{paging::{PagedRequest, PagedResponse}, Client, Method};
    /// # async fn f<P: PagedRequest, R: PagedResponse>(client: Client, method: &'static Method<P, R>, request: P) {
    /// let mut pages = client.pages(method, request);
    /// while let Some(page) = pages.next().await {
    ///     let page = page.expect("a page");
    ///     println!("request {:?}, units {:?}", page.meta.request_id, page.meta.units);
    /// }
    /// # }
    /// ```
    pub fn pages<P, R>(&self, method: &'static Method<P, R>, request: P) -> Pages<'_, P, R>
    where
        P: PagedRequest,
        R: PagedResponse,
    {
        Pages::first(self, &method.info, request)
    }

    /// Every page of a paging v5 `get` whose params are untyped JSON (`{"SelectionCriteria":
    /// ..., "FieldNames": ..., "Page": ...}`), one response at a time, by the same rules as
    /// [`Client::pages`]; each page's result is a [`JsonPage`]: its one list of items and
    /// `LimitedBy`. For programs that have no generated type at hand, such as a command line.
    ///
    /// An error ([`Error::InvalidRequest`]) before anything is sent when `method` is not a v5
    /// `get` or `params` cannot be paged (see [`JsonPageRequest::new`]). The params are sent as
    /// they are: check them first (the generated crate's `find_method` gives each method's check).
    ///
    /// ```no_run
    /// # use yandex_direct_runtime::{Client, MethodInfo};
    /// # async fn f(client: Client, campaigns_get: &'static MethodInfo) -> Result<(), yandex_direct_runtime::Error> {
    /// let params = serde_json::json!({"SelectionCriteria": {}, "FieldNames": ["Id"]});
    /// let mut pages = client.json_pages(campaigns_get, params)?;
    /// while let Some(page) = pages.next().await {
    ///     for campaign in page?.result.items {
    ///         println!("{campaign}");
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn json_pages(
        &self,
        method: &'static MethodInfo,
        params: serde_json::Value,
    ) -> Result<Pages<'_, JsonPageRequest, JsonPage>, Error> {
        if method.api != Api::DirectV5 || method.method != "get" {
            return Err(Error::InvalidRequest(format!(
                "{}.{} does not page: only a v5 `get` does",
                method.service_name, method.method
            )));
        }
        let request = JsonPageRequest::new(params).map_err(Error::InvalidRequest)?;
        Ok(Pages::first(self, method, request))
    }

    /// Collects the items of every page of a paging `get` (see [`Client::pages`]), with the
    /// metadata of each page.
    pub async fn get_all<P, R>(
        &self,
        method: &'static Method<P, R>,
        request: P,
    ) -> Result<AllPages<R::Item>, Error>
    where
        P: PagedRequest,
        R: PagedResponse,
    {
        self.pages(method, request).collect_all().await
    }
}
