//! Variables by name (Zend's symbol tables), for the code that names a
//! variable at run time: `$$name`, `$GLOBALS['x']`, `global`, `compact`,
//! `extract`, `get_defined_vars`, and the scope an included file shares.
//!
//! Ordinary variables stay compiled variables (CV slots) and never come
//! here. A scope is the frame that owns it (a function call, or the main
//! script) plus the include frames running on top of it; a name is looked
//! up in their CV slots, innermost first, and otherwise in the owner's table
//! of variables that no CV names (created on first use; the main script's
//! is `Vm::globals`). An include frame takes the values of its CVs from the
//! scope when it starts and gives them back when it ends (Zend's
//! zend_attach_symbol_table / zend_detach_symbol_table), so the including
//! code's CV accesses stay plain slot accesses.

use crate::runtime::array::{Key, PhpArray};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Where a variable of a scope lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarLoc {
    /// A CV slot (an absolute index into `Vm::slots`).
    Slot(usize),
    /// The table of the scope owned by this frame.
    Table(usize),
    /// The global table (the main script's scope, or no frame at all).
    Globals,
}

/// The frames of one scope: `owner` and the include frames up to `top`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scope {
    pub owner: Option<usize>,
    pub top: usize,
}

impl Vm {
    /// Whether frame `i` owns the global scope (the main script's frame).
    fn owns_globals(&self, i: usize) -> bool {
        let f = &self.frames[i];
        !f.included
            && f.code
                .as_ref()
                .is_some_and(|c| c.name.as_bytes() == b"{main}")
    }

    /// The scope of the running code: the top user frame (an internal
    /// function's own frame is skipped) and the frame owning its variables.
    pub(crate) fn current_scope(&self) -> Scope {
        let top = self.frames.iter().rposition(|f| f.code.is_some());
        match top {
            Some(top) => {
                let mut owner = top;
                while owner > 0 && self.frames[owner].included {
                    owner -= 1;
                }
                Scope {
                    owner: Some(owner),
                    top,
                }
            }
            None => Scope {
                owner: None,
                top: 0,
            },
        }
    }

    /// The global scope: the main script's frame and the include frames
    /// running on it (none once the script has ended).
    pub(crate) fn global_scope(&self) -> Scope {
        match (0..self.frames.len()).find(|&i| self.owns_globals(i)) {
            Some(owner) => {
                let mut top = owner;
                while top + 1 < self.frames.len() && self.frames[top + 1].included {
                    top += 1;
                }
                Scope {
                    owner: Some(owner),
                    top,
                }
            }
            None => Scope {
                owner: None,
                top: 0,
            },
        }
    }

    pub(crate) fn is_global(&self, scope: Scope) -> bool {
        scope.owner.is_none_or(|o| self.owns_globals(o))
    }

    /// Where variable `name` of `scope` lives (it may be undefined there).
    pub(crate) fn find_var(&self, scope: Scope, name: &[u8]) -> VarLoc {
        if let Some(owner) = scope.owner {
            for i in (owner..=scope.top).rev() {
                let f = &self.frames[i];
                if let Some(code) = &f.code {
                    if let Some(n) = code.cv_names.iter().position(|c| c.as_bytes() == name) {
                        return VarLoc::Slot(f.base + n);
                    }
                }
            }
            if !self.owns_globals(owner) {
                return VarLoc::Table(owner);
            }
        }
        VarLoc::Globals
    }

    /// The value at `loc` (Undef when the variable is not defined).
    pub(crate) fn var_at(&self, loc: VarLoc, name: &[u8]) -> Value {
        self.var_get(loc, name).cloned().unwrap_or(Value::Undef)
    }

    fn var_get(&self, loc: VarLoc, name: &[u8]) -> Option<&Value> {
        match loc {
            VarLoc::Slot(i) => self.slots.get(i),
            VarLoc::Table(f) => self.frames[f]
                .vars
                .as_ref()
                .and_then(|t| t.get(&name_key(name))),
            VarLoc::Globals => self.globals.get(&name_key(name)),
        }
    }

    /// The place of the variable at `loc`, created (undefined) if missing.
    pub(crate) fn var_place(&mut self, loc: VarLoc, name: &[u8]) -> &mut Value {
        match loc {
            VarLoc::Slot(i) => &mut self.slots[i],
            VarLoc::Table(f) => table_entry(
                self.frames[f].vars.get_or_insert_with(Default::default),
                name,
            ),
            VarLoc::Globals => table_entry(&mut self.globals, name),
        }
    }

    /// Removes the variable at `loc` (`unset($$name)`).
    pub(crate) fn unset_var_at(&mut self, loc: VarLoc, name: &[u8]) -> Value {
        match loc {
            VarLoc::Slot(i) => std::mem::replace(&mut self.slots[i], Value::Undef),
            VarLoc::Table(f) => self.frames[f]
                .vars
                .as_mut()
                .and_then(|t| t.remove(&name_key(name)))
                .unwrap_or(Value::Undef),
            VarLoc::Globals => self.globals.remove(&name_key(name)).unwrap_or(Value::Undef),
        }
    }

    /// The reference cell of variable `name` of `scope` (making the
    /// variable a reference, and defining it as null if it was not).
    pub(crate) fn var_ref(&mut self, scope: Scope, name: &[u8]) -> crate::runtime::value::RefCell {
        let loc = self.find_var(scope, name);
        crate::handlers::make_ref(self.var_place(loc, name))
    }

    /// The defined variables of `scope`, in php's order (the owner's CVs,
    /// the table, then what include frames added), references kept when
    /// shared (`get_defined_vars()`, `$GLOBALS`).
    pub(crate) fn defined_vars(&self, scope: Scope) -> PhpArray {
        let mut out = PhpArray::new();
        let put = |out: &mut PhpArray, name: &PhpStr, v: &Value| {
            let key = Key::Str(name.clone());
            // Names starting with NUL are the compiler's hidden variables.
            if v.is_undef() || out.get(&key).is_some() || name.as_bytes().first() == Some(&0) {
                return;
            }
            let v = match v {
                Value::Ref(r) if std::rc::Rc::strong_count(r) == 1 => r.borrow().clone(),
                v => v.clone(),
            };
            if !v.is_undef() {
                out.set(key, v);
            }
        };
        let global = self.is_global(scope);
        if global {
            // php's CLI puts these first in the global symbol table.
            for name in [&b"argv"[..], b"argc"] {
                if let Some(v) = self.var_get(self.find_var(scope, name), name) {
                    put(&mut out, &PhpStr::from(name), v);
                }
            }
        }
        let Some(owner) = scope.owner else {
            for (k, v) in self.globals.iter() {
                put(&mut out, &key_name(&k), v);
            }
            return out;
        };
        let mut names: Vec<PhpStr> = Vec::new();
        for i in owner..=scope.top {
            if let Some(code) = &self.frames[i].code {
                for n in &code.cv_names {
                    if !names.contains(n) {
                        names.push(n.clone());
                    }
                }
            }
            if i == owner {
                let table: Vec<PhpStr> = if global {
                    self.globals.iter().map(|(k, _)| key_name(&k)).collect()
                } else {
                    self.frames[owner]
                        .vars
                        .as_ref()
                        .map(|t| t.iter().map(|(k, _)| key_name(&k)).collect())
                        .unwrap_or_default()
                };
                for n in table {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
        }
        for n in names {
            if let Some(v) = self.var_get(self.find_var(scope, n.as_bytes()), n.as_bytes()) {
                put(&mut out, &n, v);
            }
        }
        out
    }

    /// An include frame starts (the frame is on top, its CVs undefined):
    /// each CV takes the value of the scope's variable of that name.
    pub(crate) fn attach_include_vars(&mut self) {
        let top = self.frames.len() - 1;
        let below = self.current_scope_below(top - 1);
        let frame = &self.frames[top];
        let (base, code) = (frame.base, frame.code.clone().expect("an include frame"));
        for (i, name) in code.cv_names.iter().enumerate() {
            let loc = self.find_var(below, name.as_bytes());
            let v = match loc {
                VarLoc::Slot(s) => std::mem::replace(&mut self.slots[s], Value::Undef),
                // Left in place, undefined, so the name keeps its position.
                _ => std::mem::replace(self.var_place(loc, name.as_bytes()), Value::Undef),
            };
            self.slots[base + i] = v;
        }
    }

    /// An include frame ended (already popped; its slots from `base` not
    /// yet freed): its CVs' values go back to the scope it ran in.
    pub(crate) fn detach_include_vars(&mut self, code: &crate::ops::OpArray, base: usize) {
        let Some(top) = self.frames.iter().rposition(|f| f.code.is_some()) else {
            return;
        };
        let scope = self.current_scope_below(top);
        for (i, name) in code.cv_names.iter().enumerate() {
            let v = std::mem::replace(&mut self.slots[base + i], Value::Undef);
            let loc = self.find_var(scope, name.as_bytes());
            if v.is_undef() {
                self.unset_var_at(loc, name.as_bytes());
                continue;
            }
            *self.var_place(loc, name.as_bytes()) = v;
        }
    }

    /// The scope whose innermost frame is `top`.
    fn current_scope_below(&self, top: usize) -> Scope {
        let mut owner = top;
        while owner > 0 && self.frames[owner].included {
            owner -= 1;
        }
        Scope {
            owner: Some(owner),
            top,
        }
    }
}

/// The entry of `name` in a table of variables, created undefined.
fn table_entry<'a>(t: &'a mut PhpArray, name: &[u8]) -> &'a mut Value {
    let key = name_key(name);
    if t.get(&key).is_none() {
        t.set(key.clone(), Value::Undef);
    }
    t.get_mut(&key).expect("the entry was just made")
}

/// A variable name as a table key: always a string key (`${'1'}` is a
/// variable named "1", not an integer key).
fn name_key(name: &[u8]) -> Key {
    Key::Str(PhpStr::from(name))
}

fn key_name(k: &Key) -> PhpStr {
    match k {
        Key::Str(s) => s.clone(),
        Key::Int(i) => PhpStr::from(i.to_string()),
    }
}
