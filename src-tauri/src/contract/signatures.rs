//! The commands' signatures, read from `src-tauri/src/commands/*.rs` with syn: for each
//! `#[tauri::command]`, the arguments the UI passes (camelCase, as Tauri reads them; what Tauri
//! injects left out) and what it answers, in TypeScript. ts-rs types the values; this types the
//! calls, so an argument renamed in Rust fails the UI's compilation instead of a click.

use std::path::Path;

use syn::{FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};

/// One command as the UI calls it.
pub struct Signature {
    pub name: String,
    /// `(name as the UI passes it, TypeScript type, may be left out)`.
    pub args: Vec<(String, String, bool)>,
    pub returns: String,
}

/// Arguments Tauri fills in itself: the UI never passes them.
const INJECTED: &[&str] = &["State", "AppHandle", "Window", "WebviewWindow", "Webview"];

/// Every command in `dir`, sorted by name. `resolve(module, ident)` names a declared type in
/// TypeScript (the module is the command's file, `records`); a type it does not know is an error.
pub fn read(dir: &Path, resolve: &dyn Fn(&str, &str) -> Option<String>) -> Result<Vec<Signature>, String> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).map_err(|e| e.to_string())?.map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs")) {
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let file = syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for item in file.items {
            let Item::Fn(f) = item else { continue };
            if !f.attrs.iter().any(|a| a.path().segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>() == ["tauri", "command"]) {
                continue;
            }
            let name = f.sig.ident.to_string();
            let ts = |ty: &Type| typescript(ty, &|ident| resolve(&module, ident)).map_err(|e| format!("command {name}: {e}"));
            let mut args = Vec::new();
            for input in &f.sig.inputs {
                let FnArg::Typed(arg) = input else { continue };
                if last_ident(&arg.ty).is_some_and(|i| INJECTED.contains(&i.as_str())) {
                    continue;
                }
                let Pat::Ident(pat) = &*arg.pat else { return Err(format!("command {name}: an argument without a plain name")) };
                let optional = last_ident(&arg.ty).as_deref() == Some("Option");
                args.push((camel_case(&pat.ident.to_string()), ts(&arg.ty)?, optional));
            }
            let returns = match &f.sig.output {
                ReturnType::Default => "void".to_owned(),
                ReturnType::Type(_, ty) => ts(ty)?,
            };
            out.push(Signature { name, args, returns });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Tauri's default: `create_customers` is passed as `createCustomers`.
fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    for (i, part) in snake.split('_').enumerate() {
        let mut chars = part.chars();
        match chars.next() {
            Some(c) if i > 0 => out.extend(c.to_uppercase().chain(chars)),
            Some(c) => out.extend(std::iter::once(c).chain(chars)),
            None => {}
        }
    }
    out
}

fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        Type::Reference(r) => last_ident(&r.elem),
        _ => None,
    }
}

fn type_args(ty: &Type) -> Vec<&Type> {
    let Type::Path(p) = ty else { return Vec::new() };
    let Some(PathArguments::AngleBracketed(args)) = p.path.segments.last().map(|s| &s.arguments) else { return Vec::new() };
    args.args.iter().filter_map(|a| if let GenericArgument::Type(t) = a { Some(t) } else { None }).collect()
}

/// A Rust type as serde writes it to JSON, in TypeScript (ts-rs's spelling).
fn typescript(ty: &Type, resolve: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    // A command that answers nothing (serde writes `null`): `void` to the UI.
    if let Type::Tuple(t) = ty
        && t.elems.is_empty()
    {
        return Ok("void".into());
    }
    let ident = last_ident(ty).ok_or("a type that is neither a path nor a reference")?;
    let inner = |i: usize| -> Result<String, String> {
        let args = type_args(ty);
        typescript(args.get(i).ok_or_else(|| format!("{ident} without its type"))?, resolve)
    };
    Ok(match ident.as_str() {
        "Result" => inner(0)?,
        "Option" => format!("{} | null", inner(0)?),
        "Vec" => format!("Array<{}>", inner(0)?),
        "Channel" => format!("Channel<{}>", inner(0)?),
        "String" | "str" => "string".into(),
        "bool" => "boolean".into(),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" => "number".into(),
        other => resolve(other).ok_or_else(|| format!("{other} is not in contract::typescript's declarations"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Type {
        syn::parse_str(text).unwrap()
    }

    #[test]
    fn rust_types_read_as_serde_writes_them() {
        let known = |i: &str| (i == "CustomerView").then(|| "CustomerView".to_owned());
        assert_eq!(typescript(&ty("Result<Option<Vec<CustomerView>>, IpcError>"), &known).unwrap(), "Array<CustomerView> | null");
        assert_eq!(typescript(&ty("Result<(), IpcError>"), &known).unwrap(), "void");
        assert_eq!(typescript(&ty("Channel<CustomerView>"), &known).unwrap(), "Channel<CustomerView>");
        assert!(typescript(&ty("Result<Unknown, IpcError>"), &known).unwrap_err().contains("Unknown"));
        assert_eq!(camel_case("create_customers"), "createCustomers");
        assert_eq!(camel_case("id"), "id");
    }
}
