//! The customer list's arrangement: sort, filters, named views, and the choices its filters
//! offer.

use fidele_domain::Channel;
use fidele_store::{ListFilter, ListQuery, ListView, SortBy, parse_segment, parse_stage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use tauri::State;

use crate::{AppState, IpcError};

/// How the UI arranges the list (the search is sent beside it). Codes as the store names them;
/// an empty text is "no filter".
#[derive(Deserialize, Serialize, Default, Clone, TS)]
#[serde(default)]
pub struct ListArrangement {
    pub sort: String,
    pub descending: bool,
    pub stage: String,
    pub segment: String,
    pub tag: String,
    pub consent: String,
    pub city: String,
    pub birthday_this_month: bool,
    /// The archived customers instead of the listed ones.
    pub archived: bool,
}

impl ListArrangement {
    /// The store's query; an unknown code names its field.
    pub fn into_query(self, search: String) -> Result<ListQuery, IpcError> {
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let sort = match some(&self.sort) {
            None => SortBy::Name,
            Some(code) => SortBy::parse(&code).ok_or_else(|| IpcError::not_one_of("sort", &code, ""))?,
        };
        let stage = some(&self.stage).map(|s| parse_stage(&s).ok_or_else(|| IpcError::not_one_of("stage", &s, ""))).transpose()?;
        let segment =
            some(&self.segment).map(|s| parse_segment(&s).ok_or_else(|| IpcError::not_one_of("segment", &s, ""))).transpose()?;
        let consent =
            some(&self.consent).map(|s| Channel::parse(&s).ok_or_else(|| IpcError::not_one_of("consent", &s, "post, email, phone, sms"))).transpose()?;
        Ok(ListQuery {
            search,
            sort,
            descending: self.descending,
            filter: ListFilter {
                stage,
                segment,
                tag: some(&self.tag),
                consent,
                city: some(&self.city),
                birthday_this_month: self.birthday_this_month,
                archived: self.archived,
            },
        })
    }

    fn from_query(q: &ListQuery) -> ListArrangement {
        let f = &q.filter;
        ListArrangement {
            sort: q.sort.code().to_owned(),
            descending: q.descending,
            stage: f.stage.map(|s| s.code().to_owned()).unwrap_or_default(),
            segment: f.segment.map(|s| s.code().to_owned()).unwrap_or_default(),
            tag: f.tag.clone().unwrap_or_default(),
            consent: f.consent.map(|c| c.code().to_owned()).unwrap_or_default(),
            city: f.city.clone().unwrap_or_default(),
            birthday_this_month: f.birthday_this_month,
            archived: f.archived,
        }
    }
}

#[derive(Serialize, TS)]
pub struct SavedView {
    pub name: String,
    pub search: String,
    pub arrangement: ListArrangement,
}

/// What the list's filters offer to pick from.
#[derive(Serialize, TS)]
pub struct ListChoices {
    pub tags: Vec<String>,
    pub cities: Vec<String>,
}

#[tauri::command]
pub async fn list_views(state: State<'_, AppState>) -> Result<Vec<SavedView>, IpcError> {
    state
        .run(|store| {
            Ok(store
                .list_views()?
                .into_iter()
                .map(|v| SavedView { arrangement: ListArrangement::from_query(&v.query), search: v.query.search, name: v.name })
                .collect())
        })
        .await
}

#[tauri::command]
pub async fn save_list_view(state: State<'_, AppState>, name: String, search: String, arrangement: ListArrangement) -> Result<(), IpcError> {
    let query = arrangement.into_query(search)?;
    state.run(move |store| Ok(store.save_list_view(&ListView { name, query })?)).await
}

#[tauri::command]
pub async fn delete_list_view(state: State<'_, AppState>, name: String) -> Result<(), IpcError> {
    state.run(move |store| Ok(store.delete_list_view(&name)?)).await
}

#[tauri::command]
pub async fn list_choices(state: State<'_, AppState>) -> Result<ListChoices, IpcError> {
    state.run(|store| Ok(ListChoices { tags: store.list_tags()?, cities: store.list_cities()? })).await
}
