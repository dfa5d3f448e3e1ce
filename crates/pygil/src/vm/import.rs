//! The import system: `import`, `from ... import`, relative imports,
//! packages, `sys.modules`, `sys.path`, native modules and the pure-Python
//! modules compiled into the binary (lib/).

use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::{Payload, PyObject, PyRef, Value};

/// A new, empty module object named `name`.
pub fn new_module(name: &str) -> PyRef {
    let m = PyObject::with_dict(types().module.clone(), Payload::Instance, new_dict_obj());
    let d = m.dict.get().unwrap();
    dict_set_str(d, "__name__", new_str(name));
    dict_set_str(d, "__doc__", Value::None);
    dict_set_str(d, "__package__", Value::None);
    dict_set_str(d, "__loader__", Value::None);
    dict_set_str(d, "__spec__", Value::None);
    m
}

pub fn module_dict(m: &PyRef) -> PyRef {
    m.dict.get().expect("module without dict").clone()
}

/// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(ts: &mut ThreadState, name: &PyRef, globals: &PyRef, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    let level = match level {
        Value::Int(l) => *l as usize,
        _ => 0,
    };
    // A user-replaced builtins.__import__ takes over.
    if let Some(imp) = dict_get_str(&ts.interp.builtins_dict, "__import__") {
        if !matches!(&imp, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.name == "__import__")) {
            return super::call::call(
                ts,
                &imp,
                &[new_str(name), Value::Obj(globals.clone()), Value::None, fromlist.clone(), Value::Int(level as i64)],
            );
        }
    }
    import_impl(ts, &name, Some(globals), fromlist, level)
}

pub fn import_impl(ts: &mut ThreadState, name: &str, globals: Option<&PyRef>, fromlist: &Value, level: usize) -> PyResult<Value> {
    let absolute = if level > 0 {
        let package = globals.map(|g| package_of(g)).transpose()?.flatten().unwrap_or_default();
        if package.is_empty() {
            return Err(import_error("attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(import_error("attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        }
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = import_module(ts, &absolute)?;
    let has_fromlist = match fromlist {
        Value::None | Value::Null => false,
        v => super::ops::truthy(ts, v)?,
    };
    if has_fromlist {
        // Import submodules named in the fromlist.
        if dict_get_str(&module_dict(module.obj().unwrap()), "__path__").is_some() {
            for item in super::iterops::collect(ts, fromlist)? {
                let Some(s) = as_str(&item) else { continue };
                let s = s.as_str().to_string();
                if s == "*" {
                    if let Some(all) = dict_get_str(&module_dict(module.obj().unwrap()), "__all__") {
                        for n in super::iterops::collect(ts, &all)? {
                            if let Some(ns) = as_str(&n) {
                                let sub = format!("{}.{}", absolute, ns.as_str());
                                if getattr_opt(ts, &module, &intern(ns.as_str()))?.is_none() {
                                    let _ = try_import(ts, &sub)?;
                                }
                            }
                        }
                    }
                    continue;
                }
                if getattr_opt(ts, &module, &intern(&s))?.is_none() {
                    let sub = format!("{}.{}", absolute, s);
                    try_import(ts, &sub)?;
                }
            }
        }
        return Ok(module);
    }
    if level == 0 {
        let top = absolute.split('.').next().unwrap();
        return sys_modules_get(ts, top).ok_or_else(|| import_error(format!("No module named '{}'", top)));
    }
    // `import .a.b` is not valid syntax; relative imports always have a fromlist.
    Ok(module)
}

/// The package a module's relative imports are relative to.
fn package_of(globals: &PyRef) -> PyResult<Option<String>> {
    if let Some(p) = dict_get_str(globals, "__package__") {
        if let Some(s) = as_str(&p) {
            return Ok(Some(s.as_str().to_string()));
        }
    }
    let Some(n) = dict_get_str(globals, "__name__") else { return Ok(None) };
    let Some(n) = as_str(&n) else { return Ok(None) };
    let n = n.as_str();
    if dict_get_str(globals, "__path__").is_some() {
        return Ok(Some(n.to_string()));
    }
    Ok(Some(match n.rfind('.') {
        Some(i) => n[..i].to_string(),
        None => String::new(),
    }))
}

pub fn sys_modules_get(ts: &ThreadState, name: &str) -> Option<Value> {
    dict_get_str(&ts.interp.modules, name).filter(|v| !v.is_none())
}

/// Import a dotted module name, returning the leaf module.
pub fn import_module(ts: &mut ThreadState, name: &str) -> PyResult<Value> {
    if let Some(m) = sys_modules_get(ts, name) {
        return Ok(m);
    }
    match try_import(ts, name)? {
        Some(m) => Ok(m),
        None => {
            let e = module_not_found_error(format!("No module named '{}'", name));
            let _ = set_dict_item_str(&e.0, "name", new_str(name));
            Err(e)
        }
    }
}

/// Import `name` (parents first); Ok(None) when it cannot be found.
fn try_import(ts: &mut ThreadState, name: &str) -> PyResult<Option<Value>> {
    if let Some(m) = sys_modules_get(ts, name) {
        return Ok(Some(m));
    }
    let (parent, last) = match name.rfind('.') {
        Some(i) => (Some(&name[..i]), &name[i + 1..]),
        None => (None, name),
    };
    let search_path: Option<Vec<String>> = match parent {
        Some(p) => {
            let pm = import_module(ts, p)?;
            if let Some(m) = sys_modules_get(ts, name) {
                return Ok(Some(m));
            }
            let path = dict_get_str(&module_dict(pm.obj().unwrap()), "__path__");
            match path {
                Some(pv) => {
                    let items = super::iterops::collect(ts, &pv)?;
                    Some(items.iter().filter_map(|v| as_str(v).map(|s| s.as_str().to_string())).collect())
                }
                None => {
                    return Err(module_not_found_error(format!("No module named '{}'; '{}' is not a package", name, p)))
                }
            }
        }
        None => None,
    };
    let m = match find_and_load(ts, name, last, search_path)? {
        Some(m) => m,
        None => return Ok(None),
    };
    if let Some(p) = parent {
        if let Some(pm) = sys_modules_get(ts, p) {
            setattr(ts, &pm, &intern(last), m.clone())?;
        }
    }
    Ok(Some(m))
}

fn find_and_load(ts: &mut ThreadState, name: &str, last: &str, search_path: Option<Vec<String>>) -> PyResult<Option<Value>> {
    // Native modules (top-level names only).
    if search_path.is_none() {
        if let Some(init) = crate::modules::native(name) {
            let m = init(ts)?;
            dict_set_item(ts, name, Value::Obj(m.clone()))?;
            return Ok(Some(Value::Obj(m)));
        }
    }
    // Files on sys.path (the script's folder first), then the built-in lib.
    let dirs: Vec<String> = match &search_path {
        Some(p) => p.clone(),
        None => sys_path(ts)?,
    };
    for dir in &dirs {
        if let Some(frozen_pkg) = dir.strip_prefix("<frozen>/") {
            let full = format!("{}.{}", frozen_pkg, last);
            if let Some((src, is_pkg)) = ts.interp.frozen.get(full.as_str()).copied() {
                return load_frozen(ts, &full, src, is_pkg).map(Some);
            }
            continue;
        }
        let base = if dir.is_empty() { ".".to_string() } else { dir.clone() };
        let pkg_init = format!("{}/{}/__init__.py", base, last);
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = format!("{}/{}", base, last);
            return load_file(ts, name, &pkg_init, Some(pkg_dir)).map(Some);
        }
        let file = format!("{}/{}.py", base, last);
        if std::path::Path::new(&file).is_file() {
            return load_file(ts, name, &file, None).map(Some);
        }
    }
    if search_path.is_none() {
        if let Some((src, is_pkg)) = ts.interp.frozen.get(name).copied() {
            return load_frozen(ts, name, src, is_pkg).map(Some);
        }
    }
    Ok(None)
}

fn dict_set_item(ts: &mut ThreadState, name: &str, v: Value) -> PyResult<()> {
    let modules = ts.interp.modules.clone();
    super::dictops::dict_setitem(ts, &modules, new_str(name), v)
}

fn sys_path(ts: &mut ThreadState) -> PyResult<Vec<String>> {
    let sys = Value::Obj(ts.interp.sys());
    let path = getattr_str(ts, &sys, "path")?;
    let items = super::iterops::collect(ts, &path)?;
    Ok(items.iter().filter_map(|v| as_str(v).map(|s| s.as_str().to_string())).collect())
}

fn load_file(ts: &mut ThreadState, name: &str, path: &str, pkg_dir: Option<String>) -> PyResult<Value> {
    let source = std::fs::read(path).map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(new_str(path))))?;
    let source = String::from_utf8_lossy(&source).into_owned();
    let path_list = pkg_dir.map(|d| new_list(vec![new_str(d)]));
    exec_module(ts, name, path, &source, path_list)
}

fn load_frozen(ts: &mut ThreadState, name: &str, source: &'static str, is_pkg: bool) -> PyResult<Value> {
    let filename = frozen_filename(name, is_pkg);
    ts.interp.sources.borrow_mut().insert(filename.clone(), source.into());
    let path_list = if is_pkg { Some(new_list(vec![new_str(format!("<frozen>/{}", name))])) } else { None };
    exec_module(ts, name, &filename, source, path_list)
}

/// The file name a built-in lib module reports (and tracebacks show).
pub fn frozen_filename(name: &str, is_pkg: bool) -> String {
    let rel = name.replace('.', "/");
    if is_pkg {
        format!("<pygil-lib>/{}/__init__.py", rel)
    } else {
        format!("<pygil-lib>/{}.py", rel)
    }
}

/// Create module `name`, register it, and run `source` in it.
pub fn exec_module(ts: &mut ThreadState, name: &str, filename: &str, source: &str, path: Option<Value>) -> PyResult<Value> {
    let code = crate::compile_source(ts, source, filename, crate::compiler::Mode::Exec)?;
    let m = new_module(name);
    let d = module_dict(&m);
    dict_set_str(&d, "__file__", new_str(filename));
    let package = match &path {
        Some(_) => name.to_string(),
        None => name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
    };
    dict_set_str(&d, "__package__", new_str(package));
    if let Some(p) = path {
        dict_set_str(&d, "__path__", p);
    }
    dict_set_str(&d, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    dict_set_item(ts, name, Value::Obj(m.clone()))?;
    let r = crate::run_code(ts, code, d.clone(), Value::Obj(d));
    if let Err(e) = r {
        let modules = ts.interp.modules.clone();
        let _ = super::dictops::dict_delitem(ts, &modules, &new_str(name));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(sys_modules_get(ts, name).unwrap_or(Value::Obj(m)))
}

/// IMPORT_FROM.
pub fn import_from(ts: &mut ThreadState, module: &Value, name: &PyRef) -> PyResult<Value> {
    if let Some(v) = getattr_opt(ts, module, name)? {
        return Ok(v);
    }
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    let mname = getattr_opt(ts, module, &intern("__name__"))?.and_then(|m| as_str(&m).map(|s| s.as_str().to_string()));
    if let Some(mn) = &mname {
        let full = format!("{}.{}", mn, n);
        if let Some(m) = sys_modules_get(ts, &full) {
            return Ok(m);
        }
        if let Ok(Some(m)) = try_import(ts, &full) {
            return Ok(m);
        }
    }
    let mn = mname.unwrap_or_else(|| "<unknown module name>".into());
    let file = getattr_opt(ts, module, &intern("__file__"))?.and_then(|f| as_str(&f).map(|s| s.as_str().to_string()));
    let msg = match file {
        Some(f) => format!("cannot import name '{}' from '{}' ({})", n, mn, f),
        None => format!("cannot import name '{}' from '{}' (unknown location)", n, mn),
    };
    let e = import_error(msg);
    let _ = set_dict_item_str(&e.0, "name", new_str(mn));
    Err(e)
}

/// `from m import *`.
pub fn import_star(ts: &mut ThreadState, module: &Value, locals: &Value) -> PyResult<()> {
    let names: Vec<Value> = match getattr_opt(ts, module, &intern("__all__"))? {
        Some(all) => super::iterops::collect(ts, &all)?,
        None => {
            let d = module.obj().and_then(|o| o.dict.get()).cloned();
            match d {
                Some(d) => super::types_ext::dict_keys(&d)
                    .into_iter()
                    .filter(|k| as_str(k).is_some_and(|s| !s.as_str().starts_with('_')))
                    .collect(),
                None => vec![],
            }
        }
    };
    for n in names {
        let Some(s) = as_str(&n) else { continue };
        let v = getattr(ts, module, &intern(s.as_str()))?;
        setitem(ts, locals, &n, v)?;
    }
    Ok(())
}
