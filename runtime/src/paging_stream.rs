//! Following `LimitedBy` through every page of a `get`.

use futures_core::Stream;
use futures_util::stream;

use super::client::{Client, Response};
use super::error::{DecodeError, Error};
use super::method::MethodInfo;
use super::paging::{PagedRequest, PagedResponse};

/// The most pages one walk follows; a server that keeps answering `LimitedBy` beyond this is
/// treated as broken rather than followed forever.
pub const MAX_PAGES: usize = 100_000;

enum PageState<P> {
    /// The request of the next page, the pages read so far, and the offset it asks for.
    Next(P, usize, i64),
    Done,
}

impl Client {
    /// Every page of a paging `get`, one response at a time: the first page is `request` as
    /// given; while a page says `LimitedBy: n`, the next one is asked for with `Page.Offset = n`
    /// (keeping `Page.Limit`). Stops after the first error. A `LimitedBy` that is not past the
    /// offset of the page it came with is an error: following it would read the same page
    /// again, forever.
    ///
    /// ```no_run
    /// # use yandex_direct_runtime::{paging::{PagedRequest, PagedResponse}, Client, MethodInfo};
    /// # async fn f<P: PagedRequest, R: PagedResponse>(client: Client, method: &'static MethodInfo, request: P) {
    /// use futures_util::StreamExt;
    /// let mut pages = std::pin::pin!(client.pages::<P, R>(method, request));
    /// while let Some(page) = pages.next().await {
    ///     let page = page.expect("a page");
    ///     println!("request {:?}", page.meta.request_id);
    /// }
    /// # }
    /// ```
    pub fn pages<'a, P, R>(
        &'a self,
        method: &'static MethodInfo,
        request: P,
    ) -> impl Stream<Item = Result<Response<R>, Error>> + 'a
    where
        P: PagedRequest + 'a,
        R: PagedResponse + 'a,
    {
        stream::unfold(PageState::Next(request, 0, 0), move |state| async move {
            let (request, pages, offset) = match state {
                PageState::Next(request, pages, offset) => (request, pages, offset),
                PageState::Done => return None,
            };
            let response = match self.call::<P, R>(method, &request).await {
                Ok(response) => response,
                Err(e) => return Some((Err(e), PageState::Done)),
            };
            let next = match response.result.limited_by() {
                Some(next_offset) if next_offset <= offset => {
                    let message = format!(
                        "`LimitedBy` {next_offset} does not go past the offset {offset} of the \
                         page it came with: the server's paging does not progress"
                    );
                    let error = DecodeError::new("result.LimitedBy".into(), message, &[])
                        .with_request_id(response.meta.request_id);
                    return Some((Err(Error::Decode(error)), PageState::Done));
                }
                Some(next_offset) if pages + 1 < MAX_PAGES => {
                    let mut request = request;
                    request.set_page_offset(next_offset);
                    PageState::Next(request, pages + 1, next_offset)
                }
                Some(_) => {
                    return Some((
                        Err(Error::InvalidRequest(format!(
                            "paging stopped after {MAX_PAGES} pages"
                        ))),
                        PageState::Done,
                    ))
                }
                None => PageState::Done,
            };
            Some((Ok(response), next))
        })
    }

    /// Collects the items of every page of a paging `get` (see [`Client::pages`]).
    pub async fn get_all<P, R>(
        &self,
        method: &'static MethodInfo,
        request: P,
    ) -> Result<Vec<R::Item>, Error>
    where
        P: PagedRequest,
        R: PagedResponse,
    {
        use futures_util::StreamExt;
        let mut items = Vec::new();
        let mut pages = std::pin::pin!(self.pages::<P, R>(method, request));
        while let Some(page) = pages.next().await {
            items.extend(page?.result.into_items());
        }
        Ok(items)
    }
}
