//! The compiler: AST to op arrays, one per function, method and the script.
//!
//! Compiled variables get the first slots of a frame (parameters first);
//! temporaries are numbered after them once the function is done (as Zend's
//! pass two does). Anything outside the supported subset is a compile error
//! naming the construct and its line, never a silent miscompile.

use crate::ast::*;
use crate::constexpr::ConstExpr;
use crate::handlers::{binop_code, cast_code, fetch_flags, isset_kind};
use crate::ops::{
    assign_ref_mode, callable_ref, dim_incdec, fe_flags, include_kind, jmp_null, send_flags,
    smart_branch, static_fetch, var_fetch, Op, OpArray, Opcode, Operand, ParamInfo, TryRegion,
    NO_SLOT,
};
use crate::parser::{self, DiagnosticLevel, ParseErrorKind};
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::ConstInit;
use crate::runtime::string::PhpStr;
use crate::runtime::value::{to_key, Value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub enum CompileError {
    /// php's `Parse error:` text and line.
    Parse(String, u32),
    /// A `Fatal error:` at compile time (php's own, or an unsupported construct).
    Fatal(String, u32),
}

#[derive(Clone)]
pub struct MethodUnit {
    pub code: Rc<OpArray>,
    pub visibility: Visibility,
    pub is_static: bool,
}

#[derive(Clone)]
pub struct PropUnit {
    pub name: PhpStr,
    /// `Undef` for a typed property without a default.
    pub default: Value,
    pub visibility: Visibility,
    pub is_static: bool,
    pub ty: Option<TypeHint>,
    pub is_readonly: bool,
    /// A default that is a constant expression (evaluated at run time).
    pub init: Option<Rc<ConstExpr>>,
}

#[derive(Clone)]
pub struct ConstUnit {
    pub name: PhpStr,
    pub init: ConstInit,
    pub visibility: Visibility,
    pub is_final: bool,
}

#[derive(Clone)]
pub struct ClassUnit {
    pub name: PhpStr,
    pub parent: Option<PhpStr>,
    /// `implements` (an interface's `extends`), as written.
    pub interfaces: Vec<PhpStr>,
    pub is_abstract: bool,
    pub is_interface: bool,
    /// Abstract (or interface) methods, by name as declared.
    pub abstract_methods: Vec<PhpStr>,
    pub consts: Vec<ConstUnit>,
    pub props: Vec<PropUnit>,
    pub methods: Vec<MethodUnit>,
    pub line: u32,
    /// An enum's cases in order, and whether it is backed by `int`.
    pub enum_cases: Option<Vec<PhpStr>>,
    pub enum_backing_int: Option<bool>,
    /// Declared by the first `new class` that runs (DECLARE_CLASS), not
    /// with its file.
    pub is_anonymous: bool,
}

/// Warnings and deprecations php prints while compiling.
pub struct CompileDiagnostic {
    pub is_warning: bool,
    pub message: String,
    pub line: u32,
}

/// A compiled file.
pub struct Unit {
    pub file: Rc<str>,
    pub main: Rc<OpArray>,
    pub functions: Vec<Rc<OpArray>>,
    pub classes: Vec<ClassUnit>,
    pub constants: Vec<(PhpStr, Value)>,
    pub diagnostics: Vec<CompileDiagnostic>,
    /// What every function of the file shares while it compiles.
    ctx: Rc<FileCtx>,
}

impl Unit {
    /// php's run-time definition key counter after this file (see
    /// `CompileEnv::rtd_keys`).
    pub fn rtd_keys(&self) -> u32 {
        self.ctx.rtd_keys.get()
    }

    fn new(file: Rc<str>, ctx: Rc<FileCtx>) -> Self {
        Unit {
            file,
            main: Rc::new(empty_op_array()),
            functions: Vec::new(),
            classes: Vec::new(),
            constants: Vec::new(),
            diagnostics: Vec::new(),
            ctx,
        }
    }
}

/// What the compiler knows of the run it compiles a file for.
#[derive(Default)]
pub struct CompileEnv {
    /// php's CG(rtd_key_counter): the files compiled so far in the run
    /// used this many keys. Each anonymous class takes the next one into
    /// its name (`class@anonymous<NUL>file:line$key`), and so does every
    /// class php cannot bind while compiling, so the names match php's.
    pub rtd_keys: u32,
    /// The classes declared when the file is compiled, by lowercase name.
    pub classes: HashSet<Vec<u8>>,
}

/// What every function of a file shares while it compiles.
struct FileCtx {
    /// The file's traits by lowercase name, copied into the classes using them.
    traits: HashMap<Vec<u8>, ClassDecl>,
    /// The file declared strict_types=1.
    strict_types: bool,
    /// See `CompileEnv::rtd_keys`.
    rtd_keys: std::cell::Cell<u32>,
    /// Classes php's compiler finds in its class table: those declared
    /// before the file, and the file's classes it could bind so far.
    bound: std::cell::RefCell<HashSet<Vec<u8>>>,
}

impl FileCtx {
    fn next_rtd_key(&self) -> u32 {
        let k = self.rtd_keys.get();
        self.rtd_keys.set(k + 1);
        k
    }

    /// Counts a top-level class as php's compiler does: bound at once
    /// (early binding) when it has no interfaces, traits or enum cases and
    /// its parent, if any, is already bound; otherwise it takes a run-time
    /// definition key.
    fn declare_top_level(&self, c: &ClassDecl) {
        let parent_bound = c
            .parent
            .as_ref()
            .is_none_or(|p| self.bound.borrow().contains(&p.to_ascii_lowercase()));
        if c.interfaces.is_empty() && c.uses.is_empty() && c.enum_cases.is_none() && parent_bound {
            self.bound.borrow_mut().insert(c.name.to_ascii_lowercase());
        } else {
            self.next_rtd_key();
        }
    }
}

pub fn empty_op_array() -> OpArray {
    OpArray {
        name: PhpStr::from("{main}"),
        class: None,
        is_static: false,
        file: Rc::from(""),
        ops: Vec::new(),
        literals: Vec::new(),
        cv_names: Vec::new(),
        num_slots: 0,
        params: Vec::new(),
        return_type: None,
        try_regions: Vec::new(),
        statics: Default::default(),
        static_inits: Vec::new(),
        closures: Vec::new(),
        captures: Vec::new(),
        arrow: false,
        call_cache: Default::default(),
        line_start: 0,
        line_end: 0,
        strict_types: false,
    }
}

/// A variable named at run time: `$$e` and `${e}` (false), or `$GLOBALS[e]`
/// (true: a global variable), with the expression giving the name.
fn dyn_var(e: &Expr) -> Option<(&Expr, bool)> {
    match &e.kind {
        ExprKind::VarVar(name) => Some((name, false)),
        ExprKind::Index {
            base,
            index: Some(name),
        } if is_globals(base) => Some((name, true)),
        _ => None,
    }
}

/// `$GLOBALS` itself (php 8.1+ allows only its elements to be written).
fn is_globals(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Var(n) if n == b"GLOBALS")
}

fn globals_write_error(line: u32) -> CompileError {
    CompileError::Fatal(
        "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax".into(),
        line,
    )
}

fn unsupported(what: &str, line: u32) -> CompileError {
    CompileError::Fatal(format!("{what} is not supported by phpvm"), line)
}

type R<T> = Result<T, CompileError>;

pub fn compile_file(src: &[u8], path: &str) -> R<Unit> {
    compile_file_in(src, path, CompileEnv::default())
}

/// Compiles a file for a run that has already declared `env.classes`.
pub fn compile_file_in(src: &[u8], path: &str, env: CompileEnv) -> R<Unit> {
    let out = parser::parse_with_diagnostics(src);
    let diagnostics: Vec<CompileDiagnostic> = out
        .diagnostics
        .iter()
        .map(|d| CompileDiagnostic {
            is_warning: d.level == DiagnosticLevel::Warning,
            message: d.message.clone(),
            line: d.line,
        })
        .collect();
    let program = match out.result {
        Ok(p) => p,
        Err(e) => {
            return Err(match e.kind {
                ParseErrorKind::Syntax(m) => CompileError::Parse(m, e.line),
                ParseErrorKind::Fatal(m) => CompileError::Fatal(m, e.line),
                ParseErrorKind::Unsupported(what) => unsupported(&what, e.line),
            })
        }
    };
    let file: Rc<str> = Rc::from(path);
    let mut traits = HashMap::new();
    for s in &program.stmts {
        if let StmtKind::ClassDecl(c) = &s.kind {
            if c.is_trait {
                traits.insert(c.name.to_ascii_lowercase(), c.clone());
            }
        }
    }
    let ctx = Rc::new(FileCtx {
        traits,
        strict_types: program.strict_types,
        rtd_keys: std::cell::Cell::new(env.rtd_keys),
        bound: std::cell::RefCell::new(env.classes),
    });
    let mut unit = Unit::new(file.clone(), ctx.clone());
    unit.diagnostics = diagnostics;
    let mut main = FuncCompiler::new(file.clone(), PhpStr::from("{main}"), None, ctx);
    main.is_main = true;
    for s in &program.stmts {
        main.stmt(s, &mut unit)?;
    }
    main.line = program.last_line.max(1);
    let one = main.konst(Value::Int(1));
    main.emit(Opcode::Return, one, Operand::Unused, NO_SLOT, 0);
    main.resolve_gotos()?;
    unit.main = Rc::new(main.finish(1, program.last_line));
    Ok(unit)
}

struct LoopCtx {
    /// Tells the loop apart from others (goto may not enter a loop).
    id: u32,
    /// Jumps to patch with the loop's end.
    breaks: Vec<usize>,
    /// Jumps to patch with the continue target.
    continues: Vec<usize>,
    /// How many try statements enclosed the loop when it began.
    try_depth: usize,
}

struct TryCtx {
    id: u32,
    /// The fast-call slot of the finally block, if there is one.
    finally_slot: Option<Operand>,
    /// FAST_CALLs (to patch with the finally block's start) made by
    /// return/break/continue leaving the try.
    fast_calls: Vec<usize>,
    /// Inside the finally block itself.
    in_finally: bool,
}

/// Where a label is: its op, and the loops and try statements around it.
struct Label {
    at: u32,
    loops: Vec<u32>,
    tries: Vec<u32>,
}

/// A `goto`'s jump, patched once every label of the function is known.
struct PendingGoto {
    jmp: usize,
    label: Name,
    line: u32,
    loops: Vec<u32>,
    /// The enclosing try statements, innermost last: id, finally slot,
    /// and whether the goto is in that finally block.
    tries: Vec<(u32, Option<u32>, bool)>,
}

/// Temporaries get provisional numbers above this until `finish`.
const TEMP_FLAG: u32 = 1 << 30;

struct FuncCompiler {
    ctx: Rc<FileCtx>,
    file: Rc<str>,
    name: PhpStr,
    class: Option<PhpStr>,
    is_main: bool,
    /// The function yields (the parser found out): returns are not type-checked.
    is_generator: bool,
    ops: Vec<Op>,
    literals: Vec<Value>,
    literal_index: HashMap<LiteralKey, u32>,
    cvs: Vec<PhpStr>,
    cv_index: HashMap<Vec<u8>, u32>,
    temps: u32,
    loops: Vec<LoopCtx>,
    tries: Vec<TryCtx>,
    regions: Vec<TryRegion>,
    line: u32,
    return_type: Option<TypeHint>,
    /// How many `static` variables the function declared so far.
    statics: u32,
    /// See `OpArray::static_inits`.
    static_inits: Vec<(u32, Rc<ConstExpr>)>,
    /// The next expression compiled is the object or array of a chain
    /// element (`$a?->b` in `$a?->b->c`): the outer element ends the chain.
    chain_inner: bool,
    /// `?->` jumps (JMP_NULL ops) waiting for the end of their chain.
    short_circuits: Vec<usize>,
    /// The dynamic member name of an `op=` or `++` target, evaluated once
    /// for both the read and the write (see `name_operand`).
    pinned_name: Option<(*const Expr, Operand)>,
    /// Closures declared so far (see `OpArray::closures`).
    closures: Vec<(Rc<OpArray>, Vec<u32>)>,
    /// What closure bodies declared (functions, classes), for the file.
    deferred: Vec<Unit>,
    /// Numbers loops and try statements (see `LoopCtx::id`).
    blocks: u32,
    labels: HashMap<Name, Label>,
    gotos: Vec<PendingGoto>,
    /// The start of each finally block, by try id.
    finally_starts: HashMap<u32, u32>,
    /// Temporaries holding a variable's reference cell for a write
    /// (FETCH_VAR W): freed when the statement ends, so the variable is
    /// not left shared with a dead temporary.
    write_cells: Vec<u32>,
    /// Inside the body of an `if`, a loop, a `switch` or a `try`: a
    /// function declared here is declared when the declaration runs.
    conditional: u32,
}

#[derive(Hash, PartialEq, Eq)]
enum LiteralKey {
    Int(i64),
    Str(Vec<u8>),
}

impl FuncCompiler {
    fn new(file: Rc<str>, name: PhpStr, class: Option<PhpStr>, ctx: Rc<FileCtx>) -> Self {
        FuncCompiler {
            ctx,
            file,
            name,
            class,
            is_main: false,
            is_generator: false,
            ops: Vec::new(),
            literals: Vec::new(),
            literal_index: HashMap::new(),
            cvs: Vec::new(),
            cv_index: HashMap::new(),
            temps: 0,
            loops: Vec::new(),
            tries: Vec::new(),
            blocks: 0,
            labels: HashMap::new(),
            gotos: Vec::new(),
            finally_starts: HashMap::new(),
            regions: Vec::new(),
            line: 1,
            return_type: None,
            statics: 0,
            static_inits: Vec::new(),
            chain_inner: false,
            short_circuits: Vec::new(),
            pinned_name: None,
            closures: Vec::new(),
            deferred: Vec::new(),
            write_cells: Vec::new(),
            conditional: 0,
        }
    }

    fn emit(&mut self, opcode: Opcode, op1: Operand, op2: Operand, result: u32, ext: u32) -> usize {
        self.ops.push(Op {
            opcode,
            flags: 0,
            op1,
            op2,
            result,
            ext,
            line: self.line,
        });
        self.ops.len() - 1
    }

    fn here(&self) -> u32 {
        self.ops.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        self.ops[at].ext = target;
    }

    fn literal(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::Int(i) => Some(LiteralKey::Int(*i)),
            Value::Str(s) => Some(LiteralKey::Str(s.as_bytes().to_vec())),
            _ => None,
        };
        if let Some(k) = &key {
            if let Some(&i) = self.literal_index.get(k) {
                return i;
            }
        }
        self.literals.push(v);
        let i = self.literals.len() as u32 - 1;
        if let Some(k) = key {
            self.literal_index.insert(k, i);
        }
        i
    }

    fn konst(&mut self, v: Value) -> Operand {
        Operand::Const(self.literal(v))
    }

    fn str_const(&mut self, s: &[u8]) -> Operand {
        self.konst(Value::Str(PhpStr::from(s)))
    }

    fn cv(&mut self, name: &[u8]) -> u32 {
        if let Some(&i) = self.cv_index.get(name) {
            return i;
        }
        self.cvs.push(PhpStr::from(name));
        let i = self.cvs.len() as u32 - 1;
        self.cv_index.insert(name.to_vec(), i);
        i
    }

    fn temp(&mut self) -> u32 {
        self.temps += 1;
        TEMP_FLAG | (self.temps - 1)
    }

    /// Two adjacent temporaries (foreach keeps the array and its position).
    fn temp_pair(&mut self) -> u32 {
        let t = self.temp();
        self.temp();
        t
    }

    fn finish(mut self, line_start: u32, line_end: u32) -> OpArray {
        let ncv = self.cvs.len() as u32;
        let fix = |n: u32| {
            if n != NO_SLOT && n & TEMP_FLAG != 0 {
                ncv + (n & !TEMP_FLAG)
            } else {
                n
            }
        };
        let fix_op = |o: Operand| match o {
            Operand::Slot(n) => Operand::Slot(fix(n)),
            o => o,
        };
        for op in &mut self.ops {
            op.op1 = fix_op(op.op1);
            op.op2 = fix_op(op.op2);
            op.result = fix(op.result);
        }
        for r in &mut self.regions {
            r.fast_call_slot = fix(r.fast_call_slot);
        }
        OpArray {
            name: self.name,
            class: self.class,
            is_static: false,
            file: self.file,
            ops: self.ops,
            literals: self.literals,
            cv_names: self.cvs,
            num_slots: ncv + self.temps,
            params: Vec::new(),
            return_type: self.return_type,
            try_regions: self.regions,
            statics: Default::default(),
            static_inits: self.static_inits,
            closures: self.closures,
            captures: Vec::new(),
            arrow: false,
            call_cache: Default::default(),
            line_start,
            line_end,
            strict_types: self.ctx.strict_types,
        }
    }

    // ---- Statements ----------------------------------------------------------

    /// The body of a conditional or repeated statement.
    fn block(&mut self, stmts: &[Stmt], unit: &mut Unit) -> R<()> {
        self.conditional += 1;
        let r = stmts.iter().try_for_each(|s| self.stmt(s, unit));
        self.conditional -= 1;
        r
    }

    fn stmt(&mut self, s: &Stmt, unit: &mut Unit) -> R<()> {
        let cells = self.write_cells.len();
        self.stmt_inner(s, unit)?;
        for t in self.write_cells.split_off(cells) {
            self.emit(Opcode::Free, Operand::Slot(t), Operand::Unused, NO_SLOT, 0);
        }
        // Declarations met inside closure bodies join the file's.
        for d in self.deferred.drain(..) {
            unit.functions.extend(d.functions);
            unit.classes.extend(d.classes);
            unit.constants.extend(d.constants);
            unit.diagnostics.extend(d.diagnostics);
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt, unit: &mut Unit) -> R<()> {
        self.line = s.line;
        match &s.kind {
            StmtKind::Echo(exprs) => {
                for e in exprs {
                    let v = self.expr(e)?;
                    self.line = s.line.max(e.line);
                    self.emit(Opcode::Echo, v, Operand::Unused, NO_SLOT, 0);
                }
            }
            StmtKind::InlineHtml(text) => {
                let c = self.str_const(text);
                self.emit(Opcode::Echo, c, Operand::Unused, NO_SLOT, 0);
            }
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::If {
                cond,
                then,
                elseifs,
                else_,
            } => {
                let mut end_jumps = Vec::new();
                let mut next = self.cond_jump(cond, false)?;
                self.block(then, unit)?;
                for (c, body) in elseifs {
                    end_jumps.push(self.emit(
                        Opcode::Jmp,
                        Operand::Unused,
                        Operand::Unused,
                        NO_SLOT,
                        0,
                    ));
                    let h = self.here();
                    self.patch(next, h);
                    self.line = c.line;
                    next = self.cond_jump(c, false)?;
                    self.block(body, unit)?;
                }
                if let Some(body) = else_ {
                    end_jumps.push(self.emit(
                        Opcode::Jmp,
                        Operand::Unused,
                        Operand::Unused,
                        NO_SLOT,
                        0,
                    ));
                    let h = self.here();
                    self.patch(next, h);
                    self.block(body, unit)?;
                } else {
                    let h = self.here();
                    self.patch(next, h);
                }
                let h = self.here();
                for j in end_jumps {
                    self.patch(j, h);
                }
            }
            StmtKind::While { cond, body } => {
                // JMP cond; body: ...; cond: JMPNZ body (one taken jump per iteration).
                let to_cond = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                let body_start = self.here();
                self.push_loop();
                self.block(body, unit)?;
                let cond_start = self.here();
                self.patch(to_cond, cond_start);
                self.line = cond.line;
                let j = self.cond_jump(cond, true)?;
                self.patch(j, body_start);
                self.pop_loop(cond_start);
            }
            StmtKind::DoWhile { body, cond } => {
                let body_start = self.here();
                self.push_loop();
                self.block(body, unit)?;
                let cond_start = self.here();
                self.line = cond.line;
                let j = self.cond_jump(cond, true)?;
                self.patch(j, body_start);
                self.pop_loop(cond_start);
            }
            StmtKind::For {
                init,
                cond,
                step,
                body,
            } => {
                for e in init {
                    self.expr_stmt(e)?;
                }
                let to_cond = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                let body_start = self.here();
                self.push_loop();
                self.block(body, unit)?;
                let step_start = self.here();
                for e in step {
                    self.expr_stmt(e)?;
                }
                let cond_start = self.here();
                self.patch(to_cond, cond_start);
                self.line = s.line;
                match cond.split_last() {
                    None => {
                        let j =
                            self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                        self.patch(j, body_start);
                    }
                    Some((last, rest)) => {
                        for e in rest {
                            self.expr_stmt(e)?;
                        }
                        let j = self.cond_jump(last, true)?;
                        self.patch(j, body_start);
                    }
                }
                self.pop_loop(step_start);
            }
            StmtKind::Foreach {
                subject,
                key,
                value,
                by_ref,
                body,
            } => {
                // `foreach ($rows as [&$a, $b])` iterates by reference into a
                // hidden variable (php's VAR) and destructures from it.
                let list_ref = matches!(&value.kind, ExprKind::List(items) if list_has_ref(items));
                let by_ref = &(*by_ref || list_ref);
                let hidden = Expr {
                    kind: ExprKind::Var(format!("\0list{}", self.loops.len()).into_bytes()),
                    line: value.line,
                };
                let list_target = value;
                let value = if list_ref { &hidden } else { value };
                let subj = match (&subject.kind, *by_ref) {
                    (_, false) => self.expr(subject)?,
                    (ExprKind::Var(n), true) if n != b"this" => Operand::Slot(self.cv(n)),
                    // The variable's reference cell: iterated in place.
                    (_, true) if dyn_var(subject).is_some() => {
                        let (name, global) = dyn_var(subject).expect("checked");
                        Operand::Slot(self.fetch_var(name, global, var_fetch::W, subject.line)?)
                    }
                    // An element or property (`$a['k']`, `$o->list`,
                    // `A::$p[k]`): its reference cell, bound to a temporary
                    // freed when the statement ends, is iterated in place.
                    (_, true) if self.is_var_path(subject) || is_prop_path(subject) => {
                        let cell = self.path_cell(subject)?;
                        self.write_cells.push(cell);
                        Operand::Slot(cell)
                    }
                    (_, true) => {
                        return Err(unsupported(
                            "foreach by reference over an expression other than a variable",
                            s.line,
                        ))
                    }
                };
                let flags = if *by_ref { fe_flags::BY_REF } else { 0 };
                self.line = s.line;
                let it = self.temp_pair();
                let reset = self.emit(Opcode::FeReset, subj, Operand::Unused, it, 0);
                self.ops[reset].flags = flags;
                // Other targets (lists, elements, properties) are assigned
                // from a temporary after each fetch.
                let (value_slot, assign_value) = match &value.kind {
                    ExprKind::Var(n) if n != b"this" => (self.cv(n), false),
                    _ if *by_ref => {
                        return Err(unsupported(
                            "foreach by reference into a target other than a variable",
                            value.line,
                        ))
                    }
                    _ => (self.temp(), true),
                };
                let key_op = match key {
                    None => Operand::Unused,
                    Some(k) => match &k.kind {
                        ExprKind::Var(n) if n != b"this" => Operand::Slot(self.cv(n)),
                        // `$$k`: assigned from a temporary, like the value.
                        _ if dyn_var(k).is_some() => Operand::Slot(self.temp()),
                        _ => {
                            return Err(unsupported(
                                "foreach key target other than a variable",
                                k.line,
                            ))
                        }
                    },
                };
                let fetch_at = self.here();
                let fetch = self.emit(Opcode::FeFetch, Operand::Slot(it), key_op, value_slot, 0);
                self.ops[fetch].flags = flags;
                if list_ref {
                    self.assign_from(list_target, Source::Expr(&hidden), false)?;
                }
                if assign_value {
                    self.assign_from(value, Source::Operand(Operand::Slot(value_slot)), false)?;
                }
                if let (Some(k), Operand::Slot(t)) = (key, key_op) {
                    if dyn_var(k).is_some() {
                        self.assign_from(k, Source::Operand(Operand::Slot(t)), false)?;
                    }
                }
                self.push_loop();
                self.block(body, unit)?;
                self.line = s.line;
                let back = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                self.patch(back, fetch_at);
                let end = self.here();
                self.emit(
                    Opcode::FeFree,
                    Operand::Slot(it),
                    Operand::Unused,
                    NO_SLOT,
                    0,
                );
                if list_ref {
                    // Like php's VAR, the hidden reference ends with the loop.
                    self.unset(&hidden)?;
                }
                self.patch(reset, end);
                self.patch(fetch, end);
                // break jumps to FE_FREE, continue to FE_FETCH.
                let l = self.loops.pop().expect("loop");
                for b in l.breaks {
                    self.patch(b, end);
                }
                for c in l.continues {
                    self.patch(c, fetch_at);
                }
            }
            StmtKind::Label(name) => {
                if self.labels.contains_key(name) {
                    let msg = format!("Label '{}' already defined", String::from_utf8_lossy(name));
                    return Err(CompileError::Fatal(msg, s.line));
                }
                let label = Label {
                    at: self.here(),
                    loops: self.loops.iter().map(|l| l.id).collect(),
                    tries: self.tries.iter().map(|t| t.id).collect(),
                };
                self.labels.insert(name.clone(), label);
            }
            StmtKind::Goto(label) => {
                self.line = s.line;
                let jmp = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                let tries = self
                    .tries
                    .iter()
                    .map(|t| {
                        let slot = match t.finally_slot {
                            Some(Operand::Slot(n)) => Some(n),
                            _ => None,
                        };
                        (t.id, slot, t.in_finally)
                    })
                    .collect();
                self.gotos.push(PendingGoto {
                    jmp,
                    label: label.clone(),
                    line: s.line,
                    loops: self.loops.iter().map(|l| l.id).collect(),
                    tries,
                });
            }
            StmtKind::Break(n) | StmtKind::Continue(n) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let n = (*n).max(1) as usize;
                if n > self.loops.len() {
                    let what = if is_break { "break" } else { "continue" };
                    return Err(if self.loops.is_empty() {
                        CompileError::Fatal(
                            format!("'{what}' not in the 'loop' or 'switch' context"),
                            s.line,
                        )
                    } else {
                        CompileError::Fatal(format!("Cannot '{what}' {n} levels"), s.line)
                    });
                }
                let target_loop = self.loops.len() - n;
                let try_depth = self.loops[target_loop].try_depth;
                self.leave_tries(try_depth, s.line)?;
                let j = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                if is_break {
                    self.loops[target_loop].breaks.push(j);
                } else {
                    self.loops[target_loop].continues.push(j);
                }
            }
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.expr(e)?,
                    None => Operand::Unused,
                };
                self.line = s.line;
                // A generator's declared type is the Generator's, not its return value's.
                if self.return_type.is_some()
                    && !self.is_main
                    && !self.returns_void()
                    && !self.is_generator
                {
                    let v = self.copy_to_tmp(v);
                    self.emit(Opcode::VerifyReturnType, v, Operand::Unused, NO_SLOT, 0);
                    self.emit_return(v, s.line)?;
                } else {
                    self.emit_return(v, s.line)?;
                }
            }
            StmtKind::FunctionDecl(f) => {
                let code = compile_function(&self.file, f, None, false, unit, &[])?;
                if self.is_main && self.conditional == 0 {
                    // Declared with the file, before any of it runs.
                    unit.functions.push(Rc::new(code));
                } else {
                    // In a block or a function: php declares it when the
                    // declaration runs (`if (!function_exists('f'))`).
                    let idx = self.closures.len() as u32;
                    self.closures.push((Rc::new(code), Vec::new()));
                    self.line = s.line;
                    self.emit(
                        Opcode::DeclareFunction,
                        Operand::Unused,
                        Operand::Unused,
                        NO_SLOT,
                        idx,
                    );
                }
            }
            StmtKind::ClassDecl(c) => {
                if !self.is_main || !self.loops.is_empty() || !self.tries.is_empty() {
                    return Err(unsupported(
                        "class declared inside a block or function",
                        s.line,
                    ));
                }
                if c.is_trait {
                    return Ok(());
                }
                let declared = c;
                let flat;
                let c = if c.uses.is_empty() {
                    c
                } else {
                    flat = use_traits(c, &self.ctx.traits, 0)?;
                    &flat
                };
                let cu = compile_class(&self.file, c, unit)?;
                self.ctx.declare_top_level(declared);
                // A class whose parent or interfaces are not there when
                // the file is loaded (declared by a file included earlier
                // in the run) is declared when this op runs, as php does.
                let name = self.str_const(&c.name.to_ascii_lowercase());
                self.line = s.line;
                self.emit(Opcode::DeclareClass, name, Operand::Unused, NO_SLOT, 0);
                unit.classes.push(cu);
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_deref(), unit)?,
            // A plain `{ }` is no condition: its declarations are early.
            StmtKind::Block(stmts) => {
                for s in stmts {
                    self.stmt(s, unit)?;
                }
            }
            StmtKind::Global(names) => {
                self.line = s.line;
                for var in names {
                    match &var.kind {
                        ExprKind::VarVar(name) => {
                            // `global $$n`: the local named so is bound to
                            // the global of that name.
                            let n = self.expr(name)?;
                            let n = self.copy_to_tmp(n);
                            self.line = s.line;
                            let cell = self.temp();
                            let at =
                                self.emit(Opcode::FetchVar, n, Operand::Unused, cell, var_fetch::W);
                            self.ops[at].flags = var_fetch::GLOBAL;
                            self.emit(
                                Opcode::FetchVar,
                                n,
                                Operand::Slot(cell),
                                NO_SLOT,
                                var_fetch::BIND,
                            );
                            self.write_cells.push(cell);
                        }
                        ExprKind::Var(name) => {
                            let cv = self.cv(name);
                            let n = self.str_const(name);
                            self.emit(Opcode::BindGlobal, Operand::Slot(cv), n, NO_SLOT, 0);
                        }
                        _ => return Err(unsupported("this kind of global variable", var.line)),
                    }
                }
            }
            StmtKind::Static(vars) => {
                self.line = s.line;
                for (name, init) in vars {
                    let idx = self.statics;
                    self.statics += 1;
                    let k = match init.as_ref().map(|e| (e, const_eval(e))) {
                        Some((_, Some(v))) => self.konst(v),
                        Some((e, None)) => {
                            let init = const_expr(&self.file, e, self.class.as_ref())?;
                            self.static_inits.push((idx, init));
                            Operand::Unused
                        }
                        None => self.konst(Value::Null),
                    };
                    let cv = self.cv(name);
                    self.emit(Opcode::BindStatic, Operand::Slot(cv), k, NO_SLOT, idx);
                }
            }
            StmtKind::Unset(targets) => {
                for t in targets {
                    self.unset(t)?;
                }
            }
            StmtKind::Const(items) => {
                if !self.is_main {
                    return Err(unsupported("const statement inside a function", s.line));
                }
                for (name, e) in items {
                    let v = const_eval(e)
                        .ok_or_else(|| unsupported("non-literal constant expression", e.line))?;
                    let key = crate::stdlib::constant_key(name);
                    unit.constants.push((PhpStr::from(key), v));
                }
            }
            StmtKind::Nop => {}
            StmtKind::Switch { subject, cases } => self.switch(subject, cases, unit)?,
        }
        Ok(())
    }

    fn returns_void(&self) -> bool {
        matches!(&self.return_type, Some(TypeHint::Named(n)) if n.eq_ignore_ascii_case(b"void"))
    }

    /// `switch`: the subject is evaluated once and compared (`==`) with
    /// each case in order until one matches; the bodies follow one another
    /// (fall-through), and `break` leaves the switch as it leaves a loop.
    fn switch(&mut self, subject: &Expr, cases: &[SwitchCase], unit: &mut Unit) -> R<()> {
        let subj = self.expr(subject)?;
        let subj = self.copy_to_tmp(subj);
        let mut jumps = Vec::new();
        for c in cases {
            jumps.push(match &c.cond {
                Some(cond) => {
                    let v = self.expr(cond)?;
                    self.line = c.line;
                    let t = self.temp();
                    self.emit(Opcode::IsEqual, subj, v, t, 0);
                    Some(self.emit(Opcode::JmpNZ, Operand::Slot(t), Operand::Unused, NO_SLOT, 0))
                }
                None => None,
            });
        }
        let to_default = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
        self.push_loop();
        let mut default = None;
        for (c, jump) in cases.iter().zip(jumps) {
            let here = self.here();
            match jump {
                Some(j) => self.patch(j, here),
                None => default = Some(here),
            }
            self.block(&c.body, unit)?;
        }
        let end = self.here();
        self.patch(to_default, default.unwrap_or(end));
        // `continue` inside a switch acts as `break`, as in php.
        self.pop_loop(end);
        Ok(())
    }

    /// `match`: the subject is compared (`===`) with each arm's conditions
    /// in order; no match is an UnhandledMatchError unless there is a
    /// default arm.
    fn match_expr(&mut self, subject: &Expr, arms: &[MatchArm], line: u32) -> R<Operand> {
        let subj = self.expr(subject)?;
        let subj = self.copy_to_tmp(subj);
        let result = self.temp();
        let mut jumps: Vec<Vec<usize>> = Vec::new();
        let mut default = None;
        for (i, arm) in arms.iter().enumerate() {
            let mut arm_jumps = Vec::new();
            match &arm.conds {
                Some(conds) => {
                    for c in conds {
                        let v = self.expr(c)?;
                        let t = self.temp();
                        self.emit(Opcode::IsIdentical, subj, v, t, 0);
                        let j =
                            self.emit(Opcode::JmpNZ, Operand::Slot(t), Operand::Unused, NO_SLOT, 0);
                        arm_jumps.push(j);
                    }
                }
                None => default = Some(i),
            }
            jumps.push(arm_jumps);
        }
        self.line = line;
        let no_match = match default {
            Some(_) => Some(self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0)),
            None => {
                self.emit(Opcode::MatchError, subj, Operand::Unused, NO_SLOT, 0);
                None
            }
        };
        let mut ends = Vec::new();
        for (i, arm) in arms.iter().enumerate() {
            let here = self.here();
            for &j in &jumps[i] {
                self.patch(j, here);
            }
            if default == Some(i) {
                if let Some(j) = no_match {
                    self.patch(j, here);
                }
            }
            let v = self.expr(&arm.body)?;
            self.emit(Opcode::QmAssign, v, Operand::Unused, result, 0);
            ends.push(self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0));
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(Operand::Slot(result))
    }

    /// A closure or arrow function: compiled as a function of its own,
    /// created at run time by DECLARE_CLOSURE with the captured variables.
    fn closure(&mut self, decl: &ClosureDecl) -> R<Operand> {
        let class = self.class.clone();
        let mut unit = Unit::new(self.file.clone(), self.ctx.clone());
        let f = &decl.func;
        let mut code = compile_function(
            &self.file,
            f,
            class.as_ref(),
            decl.is_static,
            &mut unit,
            &decl.uses,
        )?;
        self.deferred.push(unit);
        if decl.arrow {
            // An arrow function captures every variable of the enclosing
            // scope its body uses: the ones beyond its parameters.
            let nparams = code.params.len() as u32;
            code.captures = (nparams..code.num_cvs()).map(|cv| (cv, false)).collect();
            code.arrow = true;
        }
        let outer = code
            .captures
            .iter()
            .map(|&(cv, _)| self.cv(code.cv_names[cv as usize].as_bytes()))
            .collect();
        let idx = self.closures.len() as u32;
        self.closures.push((Rc::new(code), outer));
        let t = self.temp();
        self.line = decl.func.line;
        self.emit(
            Opcode::DeclareClosure,
            Operand::Unused,
            Operand::Unused,
            t,
            idx,
        );
        Ok(Operand::Slot(t))
    }

    /// The class of a `new class { ... }`, compiled with php's name for it
    /// (`class@anonymous`, a NUL byte, then the file, the line and a run-
    /// time definition key, which makes it unique in the run) and declared
    /// by a DECLARE_CLASS op here: the first time it runs, so the parent
    /// may come from a file included earlier. Returns the name.
    fn anonymous_class(&mut self, decl: &ClassDecl, line: u32) -> R<Vec<u8>> {
        let key = self.ctx.next_rtd_key();
        let mut decl = if decl.uses.is_empty() {
            decl.clone()
        } else {
            use_traits(decl, &self.ctx.traits, 0)?
        };
        decl.name.push(0);
        decl.name.extend_from_slice(self.file.as_bytes());
        decl.name
            .extend_from_slice(format!(":{}${key:x}", decl.line).as_bytes());
        let mut unit = Unit::new(self.file.clone(), self.ctx.clone());
        let mut class = compile_class(&self.file, &decl, &mut unit)?;
        class.is_anonymous = true;
        unit.classes.push(class);
        self.deferred.push(unit);
        let name = self.str_const(&decl.name);
        self.line = line;
        self.emit(Opcode::DeclareClass, name, Operand::Unused, NO_SLOT, 0);
        Ok(decl.name)
    }

    /// Points each `goto` at its label, with php's checks. A goto that
    /// leaves try statements with finally blocks goes through a trampoline
    /// after the function's code that runs them (innermost first), then
    /// jumps to the label.
    fn resolve_gotos(&mut self) -> R<()> {
        for g in std::mem::take(&mut self.gotos) {
            let Some(label) = self.labels.get(&g.label) else {
                let msg = format!(
                    "'goto' to undefined label '{}'",
                    String::from_utf8_lossy(&g.label)
                );
                return Err(CompileError::Fatal(msg, g.line));
            };
            let (target, label_tries) = (label.at, label.tries.clone());
            if label.loops.iter().any(|id| !g.loops.contains(id)) {
                return Err(CompileError::Fatal(
                    "'goto' into loop or switch statement is disallowed".into(),
                    g.line,
                ));
            }
            let left: Vec<(u32, Option<u32>, bool)> = g
                .tries
                .iter()
                .rev()
                .filter(|(id, _, _)| !label_tries.contains(id))
                .copied()
                .collect();
            if left.iter().any(|&(_, _, in_finally)| in_finally) {
                return Err(CompileError::Fatal(
                    "jump out of a finally block is disallowed".into(),
                    g.line,
                ));
            }
            let finallies: Vec<(u32, u32)> = left
                .iter()
                .filter_map(|&(id, slot, _)| Some((slot?, *self.finally_starts.get(&id)?)))
                .collect();
            if finallies.is_empty() {
                self.patch(g.jmp, target);
                continue;
            }
            let trampoline = self.here();
            self.patch(g.jmp, trampoline);
            self.line = g.line;
            for (slot, start) in finallies {
                self.emit(
                    Opcode::FastCall,
                    Operand::Unused,
                    Operand::Unused,
                    slot,
                    start,
                );
            }
            self.emit(
                Opcode::Jmp,
                Operand::Unused,
                Operand::Unused,
                NO_SLOT,
                target,
            );
        }
        Ok(())
    }

    fn push_loop(&mut self) {
        self.blocks += 1;
        self.loops.push(LoopCtx {
            id: self.blocks,
            breaks: Vec::new(),
            continues: Vec::new(),
            try_depth: self.tries.len(),
        });
    }

    fn pop_loop(&mut self, continue_target: u32) {
        let l = self.loops.pop().expect("loop");
        let end = self.here();
        for b in l.breaks {
            self.patch(b, end);
        }
        for c in l.continues {
            self.patch(c, continue_target);
        }
    }

    /// Runs the finally blocks between here and try depth `depth` (innermost
    /// first) before a jump out of them.
    fn leave_tries(&mut self, depth: usize, line: u32) -> R<()> {
        for i in (depth..self.tries.len()).rev() {
            if self.tries[i].in_finally {
                return Err(CompileError::Fatal(
                    "jump out of a finally block is disallowed".into(),
                    line,
                ));
            }
            if let Some(slot) = self.tries[i].finally_slot {
                let Operand::Slot(n) = slot else { continue };
                let fc = self.emit(Opcode::FastCall, Operand::Unused, Operand::Unused, n, 0);
                self.tries[i].fast_calls.push(fc);
            }
        }
        Ok(())
    }

    fn emit_return(&mut self, v: Operand, line: u32) -> R<()> {
        let crosses_finally = self.tries.iter().any(|t| t.finally_slot.is_some());
        let v = if crosses_finally {
            self.copy_to_tmp(v)
        } else {
            v
        };
        for i in (0..self.tries.len()).rev() {
            if self.tries[i].in_finally {
                // A return inside finally discards the exception the block
                // was entered with (Zend's DISCARD_EXCEPTION).
                if let Some(slot) = self.tries[i].finally_slot {
                    self.emit(Opcode::Free, slot, Operand::Unused, NO_SLOT, 0);
                }
                continue;
            }
            if let Some(Operand::Slot(n)) = self.tries[i].finally_slot {
                let fc = self.emit(Opcode::FastCall, Operand::Unused, Operand::Unused, n, 0);
                self.tries[i].fast_calls.push(fc);
            }
        }
        self.line = line;
        self.emit(Opcode::Return, v, Operand::Unused, NO_SLOT, 0);
        Ok(())
    }

    /// Copies a CV operand into a temporary (so later code cannot change
    /// the value a pending return will use).
    /// A temporary holding `v` (variables and constants are copied), which
    /// an op may then change in place (VERIFY_RETURN_TYPE coerces it).
    fn copy_to_tmp(&mut self, v: Operand) -> Operand {
        match v {
            Operand::Slot(n) if n & TEMP_FLAG != 0 => v,
            Operand::Slot(_) | Operand::Const(_) => {
                let t = self.temp();
                self.emit(Opcode::QmAssign, v, Operand::Unused, t, 0);
                Operand::Slot(t)
            }
            v => v,
        }
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        catches: &[Catch],
        finally: Option<&[Stmt]>,
        unit: &mut Unit,
    ) -> R<()> {
        let try_start = self.here();
        let finally_slot = finally.map(|_| Operand::Slot(self.temp()));
        self.blocks += 1;
        let id = self.blocks;
        self.tries.push(TryCtx {
            id,
            finally_slot,
            fast_calls: Vec::new(),
            in_finally: false,
        });
        self.block(body, unit)?;
        let mut to_end = Vec::new();
        let mut fast_calls = Vec::new();
        if let Some(Operand::Slot(n)) = finally_slot {
            fast_calls.push(self.emit(Opcode::FastCall, Operand::Unused, Operand::Unused, n, 0));
        }
        to_end.push(self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0));
        let catch_op = if catches.is_empty() { 0 } else { self.here() };
        let mut pending_next: Vec<usize> = Vec::new();
        for c in catches {
            self.line = c.line;
            let here = self.here();
            for p in pending_next.drain(..) {
                self.patch(p, here);
            }
            let var = match &c.var {
                Some(v) => self.cv(v),
                None => NO_SLOT,
            };
            let mut to_body = Vec::new();
            for (i, ty) in c.types.iter().enumerate() {
                let name = self.str_const(ty);
                let cop = self.emit(Opcode::Catch, name, Operand::Unused, var, 0);
                if i + 1 < c.types.len() {
                    // Matched: skip the other types of this clause.
                    to_body.push(self.emit(
                        Opcode::Jmp,
                        Operand::Unused,
                        Operand::Unused,
                        NO_SLOT,
                        0,
                    ));
                    let next = self.here();
                    self.patch(cop, next);
                } else {
                    pending_next.push(cop);
                }
            }
            let body_start = self.here();
            for j in to_body {
                self.patch(j, body_start);
            }
            self.block(&c.body, unit)?;
            if let Some(Operand::Slot(n)) = finally_slot {
                fast_calls.push(self.emit(
                    Opcode::FastCall,
                    Operand::Unused,
                    Operand::Unused,
                    n,
                    0,
                ));
            }
            to_end.push(self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0));
        }
        // The last catch's "no match" (ext 0) rethrows.
        let mut finally_op = 0;
        let mut finally_end = 0;
        let mut ctx = self.tries.pop().expect("try");
        if let (Some(stmts), Some(slot)) = (finally, finally_slot) {
            finally_op = self.here();
            self.finally_starts.insert(ctx.id, finally_op);
            ctx.in_finally = true;
            self.tries.push(ctx);
            self.block(stmts, unit)?;
            ctx = self.tries.pop().expect("try");
            finally_end = self.emit(Opcode::FastRet, slot, Operand::Unused, NO_SLOT, 0) as u32;
        }
        let end = self.here();
        for j in to_end {
            self.patch(j, end);
        }
        for fc in fast_calls.into_iter().chain(ctx.fast_calls) {
            self.patch(fc, finally_op);
        }
        let fast_call_slot = match finally_slot {
            Some(Operand::Slot(n)) => n,
            _ => NO_SLOT,
        };
        self.regions.push(TryRegion {
            try_start,
            end,
            fast_call_slot,
            catch_op,
            finally_op,
            finally_end,
        });
        Ok(())
    }

    fn unset(&mut self, t: &Expr) -> R<()> {
        self.line = t.line;
        if let Some((name, global)) = dyn_var(t) {
            self.fetch_var(name, global, var_fetch::UNSET, t.line)?;
            return Ok(());
        }
        if is_globals(t) {
            return Err(globals_write_error(t.line));
        }
        match &t.kind {
            ExprKind::Var(n) => {
                let cv = self.cv(n);
                self.emit(
                    Opcode::UnsetVar,
                    Operand::Slot(cv),
                    Operand::Unused,
                    NO_SLOT,
                    0,
                );
            }
            ExprKind::Index { .. } => {
                let (base, keys) = self.write_path(t)?;
                let (last, rest) = keys.split_last().expect("an index has a key");
                let last = last.ok_or_else(|| {
                    CompileError::Fatal("Cannot use [] for unsetting".into(), t.line)
                })?;
                for k in rest {
                    self.emit(
                        Opcode::FetchDimW,
                        Operand::Unused,
                        k.unwrap_or(Operand::Unused),
                        NO_SLOT,
                        0,
                    );
                }
                self.emit(Opcode::UnsetDim, Operand::Slot(base), last, NO_SLOT, 0);
            }
            ExprKind::StaticProp { class, name } => {
                self.static_prop(class, name, static_fetch::UNSET)?;
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe: false,
            } => {
                let o = self.expr(obj)?;
                let n = self.name_operand(name)?;
                self.line = t.line;
                self.emit(Opcode::UnsetObj, o, n, NO_SLOT, 0);
            }
            _ => return Err(unsupported("unset() of this kind of target", t.line)),
        }
        Ok(())
    }

    // ---- Expressions ---------------------------------------------------------

    /// An expression whose value is not used.
    fn expr_stmt(&mut self, e: &Expr) -> R<()> {
        self.line = e.line;
        match &e.kind {
            ExprKind::Assign { target, value } => {
                self.assign(target, value, false)?;
            }
            ExprKind::CompoundAssign { op, target, value } => {
                self.compound_assign(*op, target, value, false)?;
            }
            ExprKind::IncDec { op, target } => {
                self.incdec(*op, target, false)?;
            }
            _ => {
                // An unused result is freed at once (an object it holds is
                // destructed before the next statement, as in php).
                if let Operand::Slot(n) = self.expr(e)? {
                    let last = self.ops.last_mut();
                    match last {
                        // A call whose value is unused stores it nowhere
                        // (cheaper than a FREE after every call statement).
                        Some(op) if op.opcode == Opcode::DoFcall && op.result == n => {
                            op.result = NO_SLOT;
                        }
                        _ if n & TEMP_FLAG != 0 => {
                            self.emit(Opcode::Free, Operand::Slot(n), Operand::Unused, NO_SLOT, 0);
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }

    /// An expression. The end of a property/method/element chain also
    /// ends the short circuits of the `?->` inside it.
    fn expr(&mut self, e: &Expr) -> R<Operand> {
        let inner = std::mem::take(&mut self.chain_inner);
        if !is_chain(e) {
            return self.expr_kind(e);
        }
        let checkpoint = self.short_circuits.len();
        let r = self.expr_kind(e)?;
        if !inner {
            self.end_chain(checkpoint, r, jmp_null::NULL);
        }
        Ok(r)
    }

    /// Compiles the object or array of a chain element: a part of the
    /// same chain, whose `?->` short-circuit to the chain's end.
    fn chain_base(&mut self, e: &Expr, quiet: bool) -> R<Operand> {
        self.chain_inner = true;
        if quiet {
            self.expr_quiet(e)
        } else {
            self.expr(e)
        }
    }

    /// After `obj?->`: jumps to the end of the chain when `obj` is null.
    fn nullsafe_jump(&mut self, obj: Operand, quiet: bool) {
        let at = self.emit(Opcode::JmpNull, obj, Operand::Unused, NO_SLOT, 0);
        if quiet {
            self.ops[at].flags = jmp_null::QUIET;
        }
        self.short_circuits.push(at);
    }

    /// Points the chain's pending `?->` jumps (those after `checkpoint`)
    /// here, each giving the chain's result (`value`: a `jmp_null` kind).
    fn end_chain(&mut self, checkpoint: usize, result: Operand, value: u8) {
        let end = self.here();
        let slot = match result {
            Operand::Slot(n) => n,
            _ => NO_SLOT,
        };
        for at in self.short_circuits.split_off(checkpoint) {
            self.ops[at].ext = end;
            self.ops[at].result = slot;
            self.ops[at].flags |= value;
        }
    }

    fn expr_kind(&mut self, e: &Expr) -> R<Operand> {
        self.line = e.line;
        Ok(match &e.kind {
            ExprKind::Int(i) => self.konst(Value::Int(*i)),
            ExprKind::Float(f) => self.konst(Value::Float(*f)),
            ExprKind::String(s) => self.str_const(s),
            ExprKind::Bool(b) => self.konst(Value::Bool(*b)),
            ExprKind::Null => self.konst(Value::Null),
            ExprKind::Interp(parts) => self.interp(parts)?,
            ExprKind::Var(n) => {
                if n == b"this" {
                    let t = self.temp();
                    self.emit(Opcode::FetchThis, Operand::Unused, Operand::Unused, t, 0);
                    Operand::Slot(t)
                } else if n == b"GLOBALS" {
                    // php 8.1+: a read-only copy of the global variables.
                    let t = self.temp();
                    self.emit(
                        Opcode::FetchVar,
                        Operand::Unused,
                        Operand::Unused,
                        t,
                        var_fetch::GLOBALS,
                    );
                    Operand::Slot(t)
                } else {
                    Operand::Slot(self.cv(n))
                }
            }
            ExprKind::VarVar(name) => {
                Operand::Slot(self.fetch_var(name, false, var_fetch::R, e.line)?)
            }
            ExprKind::Index {
                base,
                index: Some(name),
            } if is_globals(base) => {
                Operand::Slot(self.fetch_var(name, true, var_fetch::R, e.line)?)
            }
            ExprKind::Include {
                once,
                require,
                path,
            } => {
                let p = self.expr(path)?;
                self.line = e.line;
                let kind = match (*require, *once) {
                    (false, false) => include_kind::INCLUDE,
                    (false, true) => include_kind::INCLUDE_ONCE,
                    (true, false) => include_kind::REQUIRE,
                    (true, true) => include_kind::REQUIRE_ONCE,
                };
                let t = self.temp();
                self.emit(Opcode::Include, p, Operand::Unused, t, kind);
                Operand::Slot(t)
            }
            ExprKind::Array(items) => self.array(items, e.line)?,
            ExprKind::Index { base, index } => {
                let Some(index) = index else {
                    return Err(CompileError::Fatal(
                        "Cannot use [] for reading".into(),
                        e.line,
                    ));
                };
                let b = self.chain_base(base, false)?;
                let k = self.expr(index)?;
                self.line = e.line;
                let t = self.temp();
                self.emit(Opcode::FetchDimR, b, k, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe,
            } => {
                let o = self.chain_base(obj, false)?;
                if *nullsafe {
                    self.nullsafe_jump(o, false);
                }
                let n = self.name_operand(name)?;
                self.line = e.line;
                let t = self.temp();
                self.emit(Opcode::FetchObjR, o, n, t, 0);
                Operand::Slot(t)
            }
            ExprKind::StaticProp { class, name } => {
                Operand::Slot(self.static_prop(class, name, static_fetch::R)?)
            }
            ExprKind::CallableRef(call) => {
                let (op1, op2, ext) = match &call.kind {
                    ExprKind::Call { name, fallback, .. } => {
                        let global = match fallback {
                            Some(g) => self.str_const(g),
                            None => Operand::Unused,
                        };
                        (self.str_const(name), global, callable_ref::FUNCTION)
                    }
                    ExprKind::MethodCall { obj, method, .. } => {
                        let o = self.expr(obj)?;
                        (o, self.name_operand(method)?, callable_ref::METHOD)
                    }
                    ExprKind::StaticCall { class, method, .. } => {
                        let c = self.name_operand(class)?;
                        (c, self.name_operand(method)?, callable_ref::STATIC)
                    }
                    ExprKind::DynCall { callee, .. } => {
                        (self.expr(callee)?, Operand::Unused, callable_ref::VALUE)
                    }
                    _ => return Err(unsupported("this first-class callable", e.line)),
                };
                let t = self.temp();
                self.line = e.line;
                self.emit(Opcode::CreateClosure, op1, op2, t, ext);
                Operand::Slot(t)
            }
            ExprKind::ClassConst { class, name } => {
                let c = self.name_operand(class)?;
                let n = self.str_const(name);
                let t = self.temp();
                self.emit(Opcode::FetchClassConstant, c, n, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Const(name) => self.constant(name, e.line)?,
            ExprKind::NsConst { name, fallback } => {
                let n = self.str_const(name);
                let g = self.str_const(fallback);
                let t = self.temp();
                self.line = e.line;
                self.emit(Opcode::FetchConstant, n, g, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Assign { target, value } => self.assign(target, value, true)?,
            ExprKind::AssignRef { target, value } => self.assign_ref(target, value)?,
            ExprKind::Match { subject, arms } => self.match_expr(subject, arms, e.line)?,
            ExprKind::Yield { key, value } => {
                let k = match key {
                    Some(k) => self.expr(k)?,
                    None => Operand::Unused,
                };
                let v = match value {
                    Some(v) => self.expr(v)?,
                    None => Operand::Unused,
                };
                let t = self.temp();
                self.line = e.line;
                let y = self.emit(Opcode::Yield, v, k, t, 0);
                // A yield with a key names it; ext tells an absent value
                // from a null one.
                self.ops[y].ext = u32::from(key.is_some());
                Operand::Slot(t)
            }
            ExprKind::Exit(status) => {
                let v = match status {
                    Some(s) => self.expr(s)?,
                    None => Operand::Unused,
                };
                self.line = e.line;
                self.emit(Opcode::Exit, v, Operand::Unused, NO_SLOT, 0);
                self.konst(Value::Null)
            }
            ExprKind::YieldFrom(source) => {
                let s = self.expr(source)?;
                let t = self.temp();
                self.line = e.line;
                self.emit(Opcode::YieldFrom, s, Operand::Unused, t, 0);
                Operand::Slot(t)
            }
            // Only reached for a literal with empty elements used as a value.
            ExprKind::List(_) => {
                return Err(CompileError::Fatal(
                    "Cannot use empty array elements in arrays".into(),
                    e.line,
                ))
            }
            ExprKind::Closure(decl) => self.closure(decl)?,
            ExprKind::DynCall { callee, args } => {
                let f = self.expr(callee)?;
                self.line = e.line;
                self.emit(
                    Opcode::InitDynamicCall,
                    f,
                    Operand::Unused,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::CompoundAssign { op, target, value } => {
                self.compound_assign(*op, target, value, true)?
            }
            ExprKind::Binary { op, left, right } => self.binary(*op, left, right, e.line)?,
            ExprKind::Unary { op, operand } => self.unary(*op, operand, e.line)?,
            ExprKind::IncDec { op, target } => self.incdec(*op, target, true)?,
            ExprKind::Ternary { cond, then, else_ } => {
                self.ternary(cond, then.as_deref(), else_)?
            }
            ExprKind::Call {
                name,
                args,
                fallback: None,
            } => {
                let lc = name.to_ascii_lowercase();
                let n = self.str_const(&lc);
                let shown = self.str_const(name);
                self.line = e.line;
                self.emit(Opcode::InitFcall, n, shown, NO_SLOT, positional_count(args));
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::Call {
                name,
                args,
                fallback: Some(global),
            } => {
                let n = self.str_const(name);
                let g = self.str_const(&global.to_ascii_lowercase());
                self.line = e.line;
                self.emit(Opcode::InitNsFcall, n, g, NO_SLOT, positional_count(args));
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::New { class, args } => {
                let c = self.str_const(class);
                self.line = e.line;
                self.emit(
                    Opcode::New,
                    c,
                    Operand::Unused,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::NewAnonymous { class, args } => {
                let name = self.anonymous_class(class, e.line)?;
                let c = self.str_const(&name);
                self.line = e.line;
                self.emit(
                    Opcode::New,
                    c,
                    Operand::Unused,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::NewDynamic { class, args } => {
                let c = self.expr(class)?;
                self.line = e.line;
                self.emit(
                    Opcode::New,
                    c,
                    Operand::Unused,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::MethodCall {
                obj,
                method,
                args,
                nullsafe,
            } => {
                let o = self.chain_base(obj, false)?;
                if *nullsafe {
                    self.nullsafe_jump(o, false);
                }
                let m = self.name_operand(method)?;
                self.line = e.line;
                self.emit(
                    Opcode::InitMethodCall,
                    o,
                    m,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::StaticCall {
                class,
                method,
                args,
            } => {
                let c = self.name_operand(class)?;
                let m = self.name_operand(method)?;
                self.line = e.line;
                self.emit(
                    Opcode::InitStaticMethodCall,
                    c,
                    m,
                    NO_SLOT,
                    positional_count(args),
                );
                self.call_args_and_do(args, e.line)?
            }
            ExprKind::Print(v) => {
                let v = self.expr(v)?;
                let t = self.temp();
                self.line = e.line;
                self.emit(Opcode::Print, v, Operand::Unused, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Throw(v) => {
                let v = self.expr(v)?;
                self.line = e.line;
                self.emit(Opcode::Throw, v, Operand::Unused, NO_SLOT, 0);
                self.konst(Value::Null)
            }
            ExprKind::Isset(targets) => {
                let t = self.temp();
                let mut jumps = Vec::new();
                for (i, target) in targets.iter().enumerate() {
                    self.isset_empty(target, false, t)?;
                    if i + 1 < targets.len() {
                        jumps.push(self.emit(
                            Opcode::JmpZ,
                            Operand::Slot(t),
                            Operand::Unused,
                            NO_SLOT,
                            0,
                        ));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
                Operand::Slot(t)
            }
            ExprKind::Empty(target) => {
                let t = self.temp();
                self.isset_empty(target, true, t)?;
                Operand::Slot(t)
            }
            ExprKind::Cast { to, expr } => {
                if *to == CastType::Unset {
                    return Err(CompileError::Fatal(
                        "The (unset) cast is no longer supported".into(),
                        e.line,
                    ));
                }
                let v = self.expr(expr)?;
                let t = self.temp();
                self.emit(Opcode::Cast, v, Operand::Unused, t, cast_code(*to));
                Operand::Slot(t)
            }
            ExprKind::InstanceOf { expr, class } => {
                let v = self.expr(expr)?;
                let c = self.str_const(class);
                let t = self.temp();
                self.emit(Opcode::InstanceOf, v, c, t, 0);
                Operand::Slot(t)
            }
            ExprKind::InstanceOfDynamic { expr, class } => {
                let v = self.expr(expr)?;
                if let Operand::Const(_) = v {
                    // php folds a constant operand to false, and never
                    // evaluates the class then.
                    return Ok(self.konst(Value::Bool(false)));
                }
                let c = self.expr(class)?;
                let t = self.temp();
                self.line = e.line;
                self.emit(Opcode::InstanceOf, v, c, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Clone(inner) => {
                let v = self.expr(inner)?;
                self.line = e.line;
                let t = self.temp();
                self.emit(Opcode::Clone, v, Operand::Unused, t, 0);
                Operand::Slot(t)
            }
            ExprKind::Silence(inner) => {
                self.emit(
                    Opcode::BeginSilence,
                    Operand::Unused,
                    Operand::Unused,
                    NO_SLOT,
                    0,
                );
                let v = self.expr(inner)?;
                let v = self.copy_to_tmp(v);
                self.emit(
                    Opcode::EndSilence,
                    Operand::Unused,
                    Operand::Unused,
                    NO_SLOT,
                    0,
                );
                v
            }
        })
    }

    fn call_args_and_do(&mut self, args: &[Arg], line: u32) -> R<Operand> {
        for (i, a) in args.iter().enumerate() {
            if a.unpack {
                // The array's values go after the arguments before it.
                let v = self.expr(&a.value)?;
                self.line = a.value.line;
                self.emit(Opcode::SendUnpack, v, Operand::Unused, NO_SLOT, i as u32);
                continue;
            }
            if let Some(name) = &a.name {
                // Bound to its parameter when the call is set up.
                let v = self.expr(&a.value)?;
                let n = self.str_const(name);
                self.line = a.value.line;
                self.emit(Opcode::SendNamed, v, n, NO_SLOT, i as u32);
                continue;
            }
            match &a.value.kind {
                // A variable binds to a by-reference parameter.
                ExprKind::Var(n) if n != b"this" && n != b"GLOBALS" => {
                    let cv = self.cv(n);
                    let send = self.emit(
                        Opcode::Send,
                        Operand::Slot(cv),
                        Operand::Unused,
                        NO_SLOT,
                        i as u32,
                    );
                    self.ops[send].flags = send_flags::VAR;
                }
                // So does a variable named at run time.
                _ if dyn_var(&a.value).is_some() => {
                    let (name, global) = dyn_var(&a.value).expect("checked");
                    let p =
                        self.fetch_var(name, global, var_fetch::FUNC_ARG + i as u32, a.value.line)?;
                    let send = self.emit(
                        Opcode::Send,
                        Operand::Slot(p),
                        Operand::Unused,
                        NO_SLOT,
                        i as u32,
                    );
                    self.ops[send].flags = send_flags::VAR;
                }
                // So does a static property.
                ExprKind::StaticProp { class, name } => {
                    let p = self.static_prop(class, name, static_fetch::FUNC_ARG + i as u32)?;
                    let send = self.emit(
                        Opcode::Send,
                        Operand::Slot(p),
                        Operand::Unused,
                        NO_SLOT,
                        i as u32,
                    );
                    self.ops[send].flags = send_flags::VAR;
                }
                // So does an element of one (created if missing).
                ExprKind::Index { .. } if self.is_var_path(&a.value) => {
                    let (base, keys) = self.write_path(&a.value)?;
                    self.line = a.value.line;
                    let (last, rest) = keys.split_last().expect("an index has a key");
                    for k in rest {
                        let k = k.unwrap_or(Operand::Unused);
                        self.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
                    }
                    let last = last.unwrap_or(Operand::Unused);
                    self.emit(
                        Opcode::SendDim,
                        Operand::Slot(base),
                        last,
                        NO_SLOT,
                        i as u32,
                    );
                }
                _ => {
                    let v = self.expr(&a.value)?;
                    let send = self.emit(Opcode::Send, v, Operand::Unused, NO_SLOT, i as u32);
                    if has_nullsafe(&a.value) {
                        self.ops[send].flags = send_flags::NULLSAFE;
                    }
                }
            }
        }
        self.line = line;
        let t = self.temp();
        self.emit(Opcode::DoFcall, Operand::Unused, Operand::Unused, t, 0);
        Ok(Operand::Slot(t))
    }

    fn constant(&mut self, name: &[u8], line: u32) -> R<Operand> {
        let v = match name {
            b"__FILE__" => Value::str(&*self.file),
            b"__DIR__" => {
                let dir = std::path::Path::new(&*self.file)
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                Value::str(if dir.is_empty() { ".".to_string() } else { dir })
            }
            b"__FUNCTION__" => Value::Str(if self.is_main {
                PhpStr::default()
            } else {
                self.name.clone()
            }),
            b"__CLASS__" => Value::Str(self.class.clone().unwrap_or_default()),
            b"__METHOD__" => Value::Str(match (&self.class, self.is_main) {
                (_, true) => PhpStr::default(),
                // A closure is not a method: `{closure}` (namespaced).
                _ if self.name.as_bytes().ends_with(b"{closure}") => self.name.clone(),
                (Some(c), _) => PhpStr::new([c.as_bytes(), b"::", self.name.as_bytes()].concat()),
                (None, _) => self.name.clone(),
            }),
            _ => {
                let n = self.str_const(name);
                let t = self.temp();
                self.line = line;
                self.emit(Opcode::FetchConstant, n, Operand::Unused, t, 0);
                return Ok(Operand::Slot(t));
            }
        };
        Ok(self.konst(v))
    }

    fn interp(&mut self, parts: &[InterpPart]) -> R<Operand> {
        let mut acc: Option<Operand> = None;
        for p in parts {
            let v = match p {
                InterpPart::Lit(s) => self.str_const(s),
                InterpPart::Expr(e) => self.expr(e)?,
            };
            acc = Some(match acc {
                None => v,
                Some(a) => {
                    let t = self.temp();
                    self.emit(Opcode::Concat, a, v, t, 0);
                    Operand::Slot(t)
                }
            });
        }
        let v = acc.unwrap_or_else(|| self.str_const(b""));
        // A lone "$x" is still a string conversion.
        if parts.len() == 1 && matches!(parts[0], InterpPart::Expr(_)) {
            let t = self.temp();
            self.emit(
                Opcode::Cast,
                v,
                Operand::Unused,
                t,
                cast_code(CastType::String),
            );
            return Ok(Operand::Slot(t));
        }
        Ok(v)
    }

    fn array(&mut self, items: &[ArrayItem], line: u32) -> R<Operand> {
        if let Some(v) = const_array(items) {
            return Ok(self.konst(v));
        }
        let t = self.temp();
        self.line = line;
        self.emit(
            Opcode::InitArray,
            Operand::Unused,
            Operand::Unused,
            t,
            items.len() as u32,
        );
        for item in items {
            if item.by_ref {
                self.array_ref_element(t, item)?;
                continue;
            }
            if item.unpack {
                let v = self.expr(&item.value)?;
                self.line = item.value.line;
                self.emit(Opcode::AddArrayUnpack, v, Operand::Unused, t, 0);
                continue;
            }
            let k = match &item.key {
                Some(k) => self.expr(k)?,
                None => Operand::Unused,
            };
            let v = self.expr(&item.value)?;
            self.emit(Opcode::AddArrayElement, v, k, t, 0);
        }
        Ok(Operand::Slot(t))
    }

    /// `[k => &$place]`: the element is bound to the place's reference
    /// cell, as `$array[k] = &$place` does (an element or property place
    /// goes through a temporary holding its cell).
    fn array_ref_element(&mut self, array: u32, item: &ArrayItem) -> R<()> {
        let k = match &item.key {
            Some(k) => self.expr(k)?,
            None => Operand::Unused,
        };
        let value = &item.value;
        let (source, cell_temp) = match &value.kind {
            ExprKind::Var(n) if n != b"this" => (self.cv(n), false),
            _ if self.is_var_path(value) || is_prop_path(value) => (self.path_cell(value)?, true),
            _ => return Err(unsupported("array element by reference", value.line)),
        };
        self.line = value.line;
        self.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
        self.emit(
            Opcode::AssignRef,
            Operand::Slot(array),
            Operand::Slot(source),
            NO_SLOT,
            assign_ref_mode::DIM_VAR,
        );
        if cell_temp {
            self.emit(
                Opcode::Free,
                Operand::Slot(source),
                Operand::Unused,
                NO_SLOT,
                0,
            );
        }
        Ok(())
    }

    /// A temporary bound to the reference cell of an element or property
    /// path (`$a['k']`, `$o->list`), created as a write would create it.
    fn path_cell(&mut self, path: &Expr) -> R<u32> {
        let (base, keys) = self.write_path(path)?;
        for k in keys {
            let k = k.unwrap_or(Operand::Unused);
            self.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
        }
        let cell = self.temp();
        self.line = path.line;
        self.emit(
            Opcode::AssignRef,
            Operand::Slot(cell),
            Operand::Slot(base),
            NO_SLOT,
            assign_ref_mode::VAR_DIM,
        );
        Ok(cell)
    }

    /// The base variable and keys of a write target `$a[k1][k2]...`.
    fn write_path(&mut self, target: &Expr) -> R<(u32, Vec<Option<Operand>>)> {
        let mut keys_rev: Vec<Option<&Expr>> = Vec::new();
        let mut cur = target;
        while let ExprKind::Index { base, index } = &cur.kind {
            if dyn_var(cur).is_some() {
                break;
            }
            if is_globals(base) && index.is_none() {
                return Err(CompileError::Fatal(
                    "Cannot append to $GLOBALS".into(),
                    cur.line,
                ));
            }
            keys_rev.push(index.as_deref());
            cur = base;
        }
        if let Some((name, global)) = dyn_var(cur) {
            let t = self.fetch_var(name, global, var_fetch::W, cur.line)?;
            let mut keys = Vec::new();
            for k in keys_rev.into_iter().rev() {
                keys.push(match k {
                    Some(k) => Some(self.expr(k)?),
                    None => None,
                });
            }
            return Ok((t, keys));
        }
        let base = match &cur.kind {
            ExprKind::Var(n) if n == b"GLOBALS" => return Err(globals_write_error(cur.line)),
            ExprKind::Var(n) if n != b"this" => self.cv(n),
            ExprKind::StaticProp { class, name } => {
                self.line = cur.line;
                self.static_prop(class, name, static_fetch::W)?
            }
            ExprKind::Var(_) => {
                return Err(CompileError::Fatal(
                    "Cannot re-assign $this".into(),
                    cur.line,
                ))
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe: false,
            } => {
                // The property's cell, in a temporary the write goes through.
                let o = self.expr(obj)?;
                let n = self.name_operand(name)?;
                let t = self.temp();
                self.line = cur.line;
                self.emit(Opcode::FetchObjW, o, n, t, 0);
                t
            }
            _ => {
                return Err(unsupported(
                    "array write through a call or a nullsafe property",
                    cur.line,
                ))
            }
        };
        let mut keys = Vec::new();
        for k in keys_rev.into_iter().rev() {
            keys.push(match k {
                Some(k) => Some(self.expr(k)?),
                None => None,
            });
        }
        Ok((base, keys))
    }

    /// `class::$name` into a new temporary: its value, or (`W`) its
    /// reference cell for a write through the temporary.
    fn static_prop(&mut self, class: &NameRef, name: &NameRef, mode: u32) -> R<u32> {
        let line = self.line;
        let c = self.name_operand(class)?;
        let n = self.name_operand(name)?;
        self.line = line;
        let t = self.temp();
        self.emit(Opcode::FetchStaticProp, c, n, t, mode);
        Ok(t)
    }

    /// A class or member name operand: a literal when written in the
    /// source, else the value of its expression (the handler reads it at
    /// run time). A name pinned by `pin_name` is not evaluated again.
    fn name_operand(&mut self, name: &NameRef) -> R<Operand> {
        match name {
            NameRef::Lit(n) => Ok(self.str_const(n)),
            NameRef::Dyn(e) => match self.pinned_name {
                Some((at, op)) if std::ptr::eq(at, &**e) => Ok(op),
                _ => self.expr(e),
            },
        }
    }

    /// FETCH_VAR of the variable `name` gives (a global one for
    /// `$GLOBALS[name]`) into a new temporary; `mode` a `var_fetch` mode.
    fn fetch_var(&mut self, name: &Expr, global: bool, mode: u32, line: u32) -> R<u32> {
        let n = self.expr(name)?;
        self.line = line;
        let t = self.temp();
        let at = self.emit(Opcode::FetchVar, n, Operand::Unused, t, mode);
        if global {
            self.ops[at].flags = var_fetch::GLOBAL;
        }
        if mode != var_fetch::R && mode != var_fetch::IS {
            self.write_cells.push(t);
        }
        Ok(t)
    }

    /// Whether an expression is an element path on a plain variable
    /// (`$a[1][$k]`), the kind of place a reference can be taken of.
    fn is_var_path(&self, e: &Expr) -> bool {
        let mut cur = e;
        while let ExprKind::Index { base, .. } = &cur.kind {
            if dyn_var(cur).is_some() {
                return true;
            }
            cur = base;
        }
        matches!(&cur.kind, ExprKind::Var(n) if n != b"this" && n != b"GLOBALS")
            || matches!(cur.kind, ExprKind::StaticProp { .. } | ExprKind::VarVar(_))
    }

    /// `$a[k]... op= value` or `++`/`--` on an element: one ASSIGN_DIM_OP
    /// that evaluates the keys once (`ext`: the operator code).
    fn dim_op(&mut self, target: &Expr, value: Option<&Expr>, code: u32, used: bool) -> R<Operand> {
        let (base, keys) = self.write_path(target)?;
        let v = match value {
            Some(e) => self.expr(e)?,
            None => Operand::Unused,
        };
        self.line = target.line;
        let (last, rest) = keys.split_last().expect("an index has a key");
        for k in rest {
            let k = k.unwrap_or(Operand::Unused);
            self.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
        }
        let r = if used { self.temp() } else { NO_SLOT };
        let last = last.unwrap_or(Operand::Unused);
        self.emit(Opcode::AssignDimOp, Operand::Slot(base), last, r, code);
        self.emit(Opcode::OpData, v, Operand::Unused, NO_SLOT, 0);
        Ok(if used {
            Operand::Slot(r)
        } else {
            Operand::Unused
        })
    }

    /// `target = &value` between variables and element paths on variables.
    fn assign_ref(&mut self, target: &Expr, value: &Expr) -> R<Operand> {
        let line = target.line;
        if is_globals(target) || is_globals(value) {
            return Err(CompileError::Fatal(
                "Cannot acquire reference to $GLOBALS".into(),
                line,
            ));
        }
        if let Some((name, global)) = dyn_var(target) {
            // `$$n = &...`: the source's cell into a temporary, then the
            // variable named at run time is bound to it.
            let n = self.expr(name)?;
            let n = self.copy_to_tmp(n);
            let cell = self.temp();
            let mode = match &value.kind {
                ExprKind::Var(v) if v != b"this" => {
                    let v = self.cv(v);
                    self.line = line;
                    self.emit(
                        Opcode::AssignRef,
                        Operand::Slot(cell),
                        Operand::Slot(v),
                        NO_SLOT,
                        assign_ref_mode::VAR_VAR,
                    );
                    None
                }
                _ if self.is_var_path(value) => Some(assign_ref_mode::VAR_DIM),
                _ => return Err(unsupported("this kind of assignment by reference", line)),
            };
            if let Some(mode) = mode {
                let (base, keys) = self.write_path(value)?;
                for k in keys {
                    let k = k.unwrap_or(Operand::Unused);
                    self.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
                }
                self.line = line;
                self.emit(
                    Opcode::AssignRef,
                    Operand::Slot(cell),
                    Operand::Slot(base),
                    NO_SLOT,
                    mode,
                );
            }
            let r = self.temp();
            let at = self.emit(Opcode::FetchVar, n, Operand::Slot(cell), r, var_fetch::BIND);
            if global {
                self.ops[at].flags = var_fetch::GLOBAL;
            }
            self.write_cells.push(cell);
            return Ok(Operand::Slot(r));
        }
        if let ExprKind::StaticProp { class, name } = &target.kind {
            // `A::$p = &$x` or `A::$p = &B::$q`: rebinds the property.
            let v = match &value.kind {
                ExprKind::Var(n) if n != b"this" => self.cv(n),
                ExprKind::StaticProp { class, name } => {
                    self.static_prop(class, name, static_fetch::W)?
                }
                _ => return Err(unsupported("this kind of assignment by reference", line)),
            };
            let c = self.name_operand(class)?;
            let n = self.name_operand(name)?;
            self.line = line;
            let r = self.temp();
            self.emit(Opcode::AssignStaticRef, c, n, r, 0);
            self.emit(
                Opcode::OpData,
                Operand::Slot(v),
                Operand::Unused,
                NO_SLOT,
                0,
            );
            return Ok(Operand::Slot(r));
        }
        let is_var = |e: &Expr| matches!(&e.kind, ExprKind::Var(n) if n != b"this");
        let place = |c: &mut Self, e: &Expr| -> R<u32> {
            if let ExprKind::Var(n) = &e.kind {
                return Ok(c.cv(n));
            }
            let (base, keys) = c.write_path(e)?;
            for k in keys {
                let k = k.unwrap_or(Operand::Unused);
                c.emit(Opcode::FetchDimW, Operand::Unused, k, NO_SLOT, 0);
            }
            Ok(base)
        };
        let mode = match (is_var(target), is_var(value)) {
            (true, true) => assign_ref_mode::VAR_VAR,
            (true, false) if self.is_var_path(value) || is_prop_path(value) => {
                assign_ref_mode::VAR_DIM
            }
            (false, true) if self.is_var_path(target) => assign_ref_mode::DIM_VAR,
            _ => return Err(unsupported("this kind of assignment by reference", line)),
        };
        // The element path's keys are evaluated and recorded right before
        // the ASSIGN_REF that consumes them.
        let (t, v) = if mode == assign_ref_mode::VAR_DIM {
            let t = place(self, target)?;
            (t, place(self, value)?)
        } else {
            let v = place(self, value)?;
            (place(self, target)?, v)
        };
        self.line = line;
        let r = self.temp();
        self.emit(
            Opcode::AssignRef,
            Operand::Slot(t),
            Operand::Slot(v),
            r,
            mode,
        );
        Ok(Operand::Slot(r))
    }

    /// Emits the write of `value` to an array element path.
    fn emit_assign_dim(
        &mut self,
        base: u32,
        keys: &[Option<Operand>],
        value: Operand,
        result: u32,
    ) {
        let (last, rest) = keys.split_last().expect("an index has a key");
        for k in rest {
            self.emit(
                Opcode::FetchDimW,
                Operand::Unused,
                k.unwrap_or(Operand::Unused),
                NO_SLOT,
                0,
            );
        }
        self.emit(
            Opcode::AssignDim,
            Operand::Slot(base),
            last.unwrap_or(Operand::Unused),
            result,
            0,
        );
        self.emit(Opcode::OpData, value, Operand::Unused, NO_SLOT, 0);
    }

    fn assign(&mut self, target: &Expr, value: &Expr, used: bool) -> R<Operand> {
        self.assign_from(target, Source::Expr(value), used)
    }

    /// Compiles `value` where an assignment evaluates it: after the
    /// target's keys and object.
    fn source(&mut self, value: Source) -> R<Operand> {
        match value {
            Source::Expr(e) => self.expr(e),
            Source::Operand(o) => Ok(o),
        }
    }

    fn assign_from(&mut self, target: &Expr, value: Source, used: bool) -> R<Operand> {
        let line = target.line;
        let result = |c: &mut Self| if used { c.temp() } else { NO_SLOT };
        let shown = |r: u32| {
            if used {
                Operand::Slot(r)
            } else {
                Operand::Unused
            }
        };
        if let Some((name, global)) = dyn_var(target) {
            let n = self.expr(name)?;
            let v = self.source(value)?;
            self.line = line;
            let t = self.temp();
            let at = self.emit(Opcode::FetchVar, n, Operand::Unused, t, var_fetch::W);
            if global {
                self.ops[at].flags = var_fetch::GLOBAL;
            }
            self.write_cells.push(t);
            let r = result(self);
            self.emit(Opcode::Assign, Operand::Slot(t), v, r, 0);
            return Ok(shown(r));
        }
        if is_globals(target) {
            return Err(globals_write_error(line));
        }
        match &target.kind {
            ExprKind::Var(n) if n != b"this" => {
                // php allocates the target's CV before compiling the value
                // (the order `get_defined_vars()` shows).
                let cv = self.cv(n);
                let v = self.source(value)?;
                self.line = line;
                let r = result(self);
                self.emit(Opcode::Assign, Operand::Slot(cv), v, r, 0);
                Ok(shown(r))
            }
            ExprKind::Index { .. } => {
                let (base, keys) = self.write_path(target)?;
                let v = self.source(value)?;
                self.line = line;
                let r = result(self);
                self.emit_assign_dim(base, &keys, v, r);
                Ok(shown(r))
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe: false,
            } => {
                let o = self.expr(obj)?;
                let n = self.name_operand(name)?;
                let v = self.source(value)?;
                self.line = line;
                let r = result(self);
                self.emit(Opcode::AssignObj, o, n, r, 0);
                self.emit(Opcode::OpData, v, Operand::Unused, NO_SLOT, 0);
                Ok(shown(r))
            }
            ExprKind::List(items) if list_has_ref(items) => {
                let Source::Expr(src) = value else {
                    // `foreach ($rows as [&$a, $b])`.
                    return Err(unsupported("destructuring by reference", line));
                };
                // Each target reads the source path again: only paths
                // whose evaluation has no effects can be repeated.
                let referenceable = self.is_var_path(src) || is_prop_path(src);
                if !referenceable || matches!(&src.kind, ExprKind::Var(n) if n == b"this") {
                    return Err(ref_source_error(line));
                }
                if !repeatable_path(src) {
                    return Err(unsupported(
                        "destructuring by reference of this source",
                        line,
                    ));
                }
                self.destructure_ref(items, src)?;
                if used {
                    return self.expr(src);
                }
                Ok(Operand::Unused)
            }
            ExprKind::List(items) => {
                // The source is copied first: the targets may overwrite it.
                let v = self.source(value)?;
                let src = self.temp();
                self.line = line;
                self.emit(Opcode::QmAssign, v, Operand::Unused, src, 0);
                self.destructure(items, Operand::Slot(src))?;
                if !used {
                    // The copy would keep the source's values alive.
                    self.emit(
                        Opcode::Free,
                        Operand::Slot(src),
                        Operand::Unused,
                        NO_SLOT,
                        0,
                    );
                    return Ok(Operand::Unused);
                }
                Ok(Operand::Slot(src))
            }
            ExprKind::Var(_) => Err(CompileError::Fatal("Cannot re-assign $this".into(), line)),
            ExprKind::StaticProp { class, name } => {
                let v = self.source(value)?;
                self.line = line;
                let c = self.name_operand(class)?;
                let n = self.name_operand(name)?;
                let r = result(self);
                self.emit(Opcode::AssignStaticProp, c, n, r, 0);
                self.emit(Opcode::OpData, v, Operand::Unused, NO_SLOT, 0);
                Ok(shown(r))
            }
            _ => Err(unsupported("assignment to this kind of target", line)),
        }
    }

    /// Assigns the elements of `src` to a list of targets: positions count
    /// from 0 over the unkeyed items (skipped ones included).
    fn destructure(&mut self, items: &[Option<ListItem>], src: Operand) -> R<()> {
        let mut index = 0;
        for item in items {
            let Some(item) = item else {
                index += 1;
                continue;
            };
            let key = match &item.key {
                Some(k) => self.expr(k)?,
                None => {
                    index += 1;
                    self.konst(Value::Int(index - 1))
                }
            };
            if item.by_ref {
                return Err(unsupported("destructuring by reference", item.target.line));
            }
            let t = self.temp();
            self.line = item.target.line;
            self.emit(Opcode::FetchListR, src, key, t, 0);
            match &item.target.kind {
                ExprKind::List(inner) => self.destructure(inner, Operand::Slot(t))?,
                _ => {
                    self.assign_from(&item.target, Source::Operand(Operand::Slot(t)), false)?;
                }
            }
        }
        Ok(())
    }

    /// `[$a, &$b, 'k' => [&$c]] = $var`, as php does it: each target in
    /// turn is assigned the element (`$a = $var[0]`) or bound to it
    /// (`$b = &$var[1]`, which creates a missing element), so the
    /// source must be a variable.
    fn destructure_ref(&mut self, items: &[Option<ListItem>], src: &Expr) -> R<()> {
        let mut index = 0;
        for item in items {
            let Some(item) = item else {
                index += 1;
                continue;
            };
            let key = match &item.key {
                Some(k) => k.clone(),
                None => {
                    index += 1;
                    Expr {
                        kind: ExprKind::Int(index - 1),
                        line: item.target.line,
                    }
                }
            };
            let element = Expr {
                kind: ExprKind::Index {
                    base: Box::new(src.clone()),
                    index: Some(Box::new(key)),
                },
                line: item.target.line,
            };
            match &item.target.kind {
                ExprKind::List(inner) if list_has_ref(inner) => {
                    self.destructure_ref(inner, &element)?
                }
                _ if item.by_ref => {
                    let r = self.assign_ref(&item.target, &element)?;
                    self.emit(Opcode::Free, r, Operand::Unused, NO_SLOT, 0);
                }
                _ => {
                    self.assign(&item.target, &element, false)?;
                }
            }
        }
        Ok(())
    }

    /// Reads a write target's current value (for `op=` and `++` on
    /// elements and properties).
    /// For `$o->{expr} op= v` and `++`: evaluates the name once, for the
    /// read and the write; returns the pin to restore afterwards.
    fn pin_name(&mut self, target: &Expr) -> R<Option<(*const Expr, Operand)>> {
        let saved = self.pinned_name;
        if let ExprKind::Prop {
            name: NameRef::Dyn(e),
            ..
        } = &target.kind
        {
            let mut op = self.expr(e)?;
            if let ExprKind::Var(_) = e.kind {
                // Read the variable once (one "undefined" warning at most).
                let t = self.temp();
                self.emit(Opcode::QmAssign, op, Operand::Unused, t, 0);
                op = Operand::Slot(t);
            }
            self.pinned_name = Some((&**e as *const Expr, op));
        }
        Ok(saved)
    }

    fn read_target(&mut self, target: &Expr) -> R<Operand> {
        self.expr(target)
    }

    fn compound_assign(
        &mut self,
        op: BinOp,
        target: &Expr,
        value: &Expr,
        used: bool,
    ) -> R<Operand> {
        let line = target.line;
        if is_globals(target) {
            return Err(globals_write_error(line));
        }
        if op == BinOp::Coalesce
            && self.is_var_path(target)
            && matches!(target.kind, ExprKind::Index { .. })
            && dyn_var(target).is_none()
        {
            // $a[k] ??= b: the keys are evaluated once, for the quiet read
            // and for the write.
            let (base, keys) = self.write_path(target)?;
            let mut cur = Operand::Slot(base);
            for k in &keys {
                let Some(k) = k else {
                    return Err(CompileError::Fatal(
                        "Cannot use [] for reading".into(),
                        line,
                    ));
                };
                let t = self.temp();
                let at = self.emit(Opcode::FetchDimR, cur, *k, t, 0);
                self.ops[at].flags = fetch_flags::QUIET;
                cur = Operand::Slot(t);
            }
            let t = self.temp();
            let skip = self.emit(Opcode::Coalesce, cur, Operand::Unused, t, 0);
            let v = self.expr(value)?;
            self.line = line;
            self.emit_assign_dim(base, &keys, v, t);
            let end = self.here();
            self.patch(skip, end);
            return Ok(Operand::Slot(t));
        }
        if op == BinOp::Coalesce {
            // $a ??= b: assign only when $a is null or unset.
            let q = self.expr_quiet(target)?;
            let t = self.temp();
            let skip = self.emit(Opcode::Coalesce, q, Operand::Unused, t, 0);
            let assigned = self.assign(target, value, true)?;
            self.emit(Opcode::QmAssign, assigned, Operand::Unused, t, 0);
            let end = self.here();
            self.patch(skip, end);
            return Ok(Operand::Slot(t));
        }
        if let Some((name, global)) = dyn_var(target) {
            let p = self.fetch_var(name, global, var_fetch::RW, line)?;
            let v = self.expr(value)?;
            self.line = line;
            let r = if used { self.temp() } else { NO_SLOT };
            self.emit(Opcode::AssignOp, Operand::Slot(p), v, r, binop_code(op));
            return Ok(if used {
                Operand::Slot(r)
            } else {
                Operand::Unused
            });
        }
        match &target.kind {
            ExprKind::Var(n) if n != b"this" => {
                let cv = self.cv(n);
                let v = self.expr(value)?;
                self.line = line;
                let r = if used { self.temp() } else { NO_SLOT };
                self.emit(Opcode::AssignOp, Operand::Slot(cv), v, r, binop_code(op));
                Ok(if used {
                    Operand::Slot(r)
                } else {
                    Operand::Unused
                })
            }
            ExprKind::StaticProp { class, name } => {
                let v = self.expr(value)?;
                self.line = line;
                let c = self.name_operand(class)?;
                let n = self.name_operand(name)?;
                let r = if used { self.temp() } else { NO_SLOT };
                let at = self.emit(Opcode::AssignStaticProp, c, n, r, binop_code(op));
                self.ops[at].flags = 1;
                self.emit(Opcode::OpData, v, Operand::Unused, NO_SLOT, 0);
                Ok(if used {
                    Operand::Slot(r)
                } else {
                    Operand::Unused
                })
            }
            ExprKind::Index { .. } if self.is_var_path(target) => {
                let v = Some(value);
                self.dim_op(target, v, binop_code(op), used)
            }
            ExprKind::Index { .. }
            | ExprKind::Prop {
                nullsafe: false, ..
            } => {
                let pinned = self.pin_name(target)?;
                let cur = self.read_target(target)?;
                let v = self.expr(value)?;
                let t = self.temp();
                self.line = line;
                self.emit(binop_opcode(op), cur, v, t, 0);
                self.store_to(target, Operand::Slot(t), 0)?;
                self.pinned_name = pinned;
                Ok(Operand::Slot(t))
            }
            _ => Err(unsupported(
                "compound assignment to this kind of target",
                line,
            )),
        }
    }

    /// Stores an already computed operand into an element or property.
    /// `step`: AssignObj's flags, 1 or 2 for `++` or `--` (for messages).
    fn store_to(&mut self, target: &Expr, v: Operand, step: u8) -> R<()> {
        match &target.kind {
            ExprKind::Index { .. } => {
                let (base, keys) = self.write_path(target)?;
                self.emit_assign_dim(base, &keys, v, NO_SLOT);
            }
            ExprKind::Prop { obj, name, .. } => {
                let o = self.expr(obj)?;
                let n = self.name_operand(name)?;
                let at = self.emit(Opcode::AssignObj, o, n, NO_SLOT, 0);
                self.ops[at].flags = step;
                self.emit(Opcode::OpData, v, Operand::Unused, NO_SLOT, 0);
            }
            _ => {
                return Err(unsupported(
                    "assignment to this kind of target",
                    target.line,
                ))
            }
        }
        Ok(())
    }

    fn incdec(&mut self, op: IncDecOp, target: &Expr, used: bool) -> R<Operand> {
        let opcode = match op {
            IncDecOp::PreInc => Opcode::PreInc,
            IncDecOp::PreDec => Opcode::PreDec,
            IncDecOp::PostInc => Opcode::PostInc,
            IncDecOp::PostDec => Opcode::PostDec,
        };
        if is_globals(target) {
            return Err(globals_write_error(target.line));
        }
        if let Some((name, global)) = dyn_var(target) {
            let p = self.fetch_var(name, global, var_fetch::RW, target.line)?;
            let r = if used { self.temp() } else { NO_SLOT };
            self.emit(opcode, Operand::Slot(p), Operand::Unused, r, 0);
            return Ok(if used {
                Operand::Slot(r)
            } else {
                Operand::Unused
            });
        }
        match &target.kind {
            ExprKind::Var(n) if n != b"this" => {
                let cv = self.cv(n);
                self.line = target.line;
                let r = if used { self.temp() } else { NO_SLOT };
                self.emit(opcode, Operand::Slot(cv), Operand::Unused, r, 0);
                Ok(if used {
                    Operand::Slot(r)
                } else {
                    Operand::Unused
                })
            }
            ExprKind::StaticProp { class, name } => {
                self.line = target.line;
                let p = self.static_prop(class, name, static_fetch::W)?;
                let r = if used { self.temp() } else { NO_SLOT };
                self.emit(opcode, Operand::Slot(p), Operand::Unused, r, 0);
                Ok(if used {
                    Operand::Slot(r)
                } else {
                    Operand::Unused
                })
            }
            ExprKind::Index { .. } if self.is_var_path(target) => {
                let code = match op {
                    IncDecOp::PreInc => dim_incdec::PRE_INC,
                    IncDecOp::PreDec => dim_incdec::PRE_DEC,
                    IncDecOp::PostInc => dim_incdec::POST_INC,
                    IncDecOp::PostDec => dim_incdec::POST_DEC,
                };
                self.dim_op(target, None, code, used)
            }
            ExprKind::Index { .. }
            | ExprKind::Prop {
                nullsafe: false, ..
            } => {
                // Read, step the temporary in place, write back.
                let pinned = self.pin_name(target)?;
                let cur = self.read_target(target)?;
                let t = self.temp();
                self.emit(Opcode::QmAssign, cur, Operand::Unused, t, 0);
                let r = self.temp();
                self.emit(opcode, Operand::Slot(t), Operand::Unused, r, 0);
                let step = match op {
                    IncDecOp::PreInc | IncDecOp::PostInc => 1,
                    _ => 2,
                };
                self.store_to(target, Operand::Slot(t), step)?;
                self.pinned_name = pinned;
                Ok(Operand::Slot(r))
            }
            _ => Err(unsupported("increment of this kind of target", target.line)),
        }
    }

    /// A fetch without "undefined" warnings (for `??` and `??=`).
    fn expr_quiet(&mut self, e: &Expr) -> R<Operand> {
        let inner = std::mem::take(&mut self.chain_inner);
        if !is_chain(e) {
            return self.expr_quiet_kind(e);
        }
        let checkpoint = self.short_circuits.len();
        let r = self.expr_quiet_kind(e)?;
        if !inner {
            self.end_chain(checkpoint, r, jmp_null::NULL);
        }
        Ok(r)
    }

    fn expr_quiet_kind(&mut self, e: &Expr) -> R<Operand> {
        self.line = e.line;
        if let Some((name, global)) = dyn_var(e) {
            return Ok(Operand::Slot(self.fetch_var(
                name,
                global,
                var_fetch::IS,
                e.line,
            )?));
        }
        match &e.kind {
            ExprKind::Var(n) if n != b"this" && n != b"GLOBALS" => Ok(Operand::Slot(self.cv(n))),
            ExprKind::Index {
                base,
                index: Some(index),
            } => {
                let b = self.chain_base(base, true)?;
                let k = self.expr(index)?;
                let t = self.temp();
                let at = self.emit(Opcode::FetchDimR, b, k, t, 0);
                self.ops[at].flags = fetch_flags::QUIET;
                Ok(Operand::Slot(t))
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe,
            } => {
                let o = self.chain_base(obj, true)?;
                if *nullsafe {
                    self.nullsafe_jump(o, true);
                }
                let n = self.name_operand(name)?;
                let t = self.temp();
                let at = self.emit(Opcode::FetchObjR, o, n, t, 0);
                self.ops[at].flags = fetch_flags::QUIET;
                Ok(Operand::Slot(t))
            }
            ExprKind::StaticProp { class, name } => Ok(Operand::Slot(self.static_prop(
                class,
                name,
                static_fetch::IS,
            )?)),
            // A method call ends no chain here: `expr_quiet` does.
            _ => self.chain_base(e, false),
        }
    }

    fn isset_empty(&mut self, target: &Expr, empty: bool, result: u32) -> R<()> {
        let flag = if empty { isset_kind::EMPTY } else { 0 };
        // What a short-circuited `?->` chain gives.
        let null_means = if empty {
            jmp_null::TRUE
        } else {
            jmp_null::FALSE
        };
        if let Some((name, global)) = dyn_var(target) {
            let p = self.fetch_var(name, global, var_fetch::IS, target.line)?;
            self.emit(
                Opcode::IssetIsEmpty,
                Operand::Slot(p),
                Operand::Unused,
                result,
                isset_kind::VAR | flag,
            );
            return Ok(());
        }
        match &target.kind {
            ExprKind::Var(n) if n == b"GLOBALS" => {
                let v = self.expr(target)?;
                self.emit(
                    Opcode::IssetIsEmpty,
                    v,
                    Operand::Unused,
                    result,
                    isset_kind::VAR | flag,
                );
            }
            ExprKind::Var(n) if n != b"this" => {
                let cv = self.cv(n);
                self.emit(
                    Opcode::IssetIsEmpty,
                    Operand::Slot(cv),
                    Operand::Unused,
                    result,
                    isset_kind::VAR | flag,
                );
            }
            ExprKind::Index {
                base,
                index: Some(index),
            } => {
                let checkpoint = self.short_circuits.len();
                let b = self.chain_base(base, true)?;
                let k = self.expr(index)?;
                self.emit(Opcode::IssetIsEmpty, b, k, result, isset_kind::DIM | flag);
                self.end_chain(checkpoint, Operand::Slot(result), null_means);
            }
            ExprKind::Prop {
                obj,
                name,
                nullsafe,
            } => {
                let checkpoint = self.short_circuits.len();
                let o = self.chain_base(obj, true)?;
                if *nullsafe {
                    self.nullsafe_jump(o, true);
                }
                let n = self.name_operand(name)?;
                self.emit(Opcode::IssetIsEmpty, o, n, result, isset_kind::PROP | flag);
                self.end_chain(checkpoint, Operand::Slot(result), null_means);
            }
            ExprKind::StaticProp { class, name } => {
                let p = self.static_prop(class, name, static_fetch::IS)?;
                self.emit(
                    Opcode::IssetIsEmpty,
                    Operand::Slot(p),
                    Operand::Unused,
                    result,
                    isset_kind::VAR | flag,
                );
            }
            _ if empty => {
                let v = self.expr(target)?;
                self.emit(Opcode::BoolNot, v, Operand::Unused, result, 0);
            }
            _ => {
                return Err(unsupported(
                    "isset() on this kind of expression",
                    target.line,
                ))
            }
        }
        Ok(())
    }

    fn binary(&mut self, op: BinOp, left: &Expr, right: &Expr, line: u32) -> R<Operand> {
        match op {
            BinOp::And | BinOp::Or => {
                let t = self.temp();
                let l = self.expr(left)?;
                self.line = line;
                self.emit(Opcode::Bool, l, Operand::Unused, t, 0);
                let jop = if op == BinOp::And {
                    Opcode::JmpZ
                } else {
                    Opcode::JmpNZ
                };
                let j = self.emit(jop, Operand::Slot(t), Operand::Unused, NO_SLOT, 0);
                let r = self.expr(right)?;
                self.emit(Opcode::Bool, r, Operand::Unused, t, 0);
                let end = self.here();
                self.patch(j, end);
                Ok(Operand::Slot(t))
            }
            BinOp::Coalesce => {
                let q = self.expr_quiet(left)?;
                let t = self.temp();
                self.line = line;
                let j = self.emit(Opcode::Coalesce, q, Operand::Unused, t, 0);
                let r = self.expr(right)?;
                self.emit(Opcode::QmAssign, r, Operand::Unused, t, 0);
                let end = self.here();
                self.patch(j, end);
                Ok(Operand::Slot(t))
            }
            _ => {
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                self.line = line;
                let t = self.temp();
                let (opcode, swap) = comparison_opcode(op).unwrap_or((binop_opcode(op), false));
                self.emit(opcode, l, r, t, swap as u32);
                Ok(Operand::Slot(t))
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr, line: u32) -> R<Operand> {
        if op == UnaryOp::Neg {
            match &operand.kind {
                ExprKind::Int(i) if *i != i64::MIN => return Ok(self.konst(Value::Int(-i))),
                ExprKind::Float(f) => return Ok(self.konst(Value::Float(-f))),
                _ => {}
            }
        }
        let v = self.expr(operand)?;
        self.line = line;
        let t = self.temp();
        match op {
            // php compiles -x and +x as multiplications.
            UnaryOp::Neg => {
                let m = self.konst(Value::Int(-1));
                self.emit(Opcode::Mul, v, m, t, 0);
            }
            UnaryOp::Plus => {
                let m = self.konst(Value::Int(1));
                self.emit(Opcode::Mul, v, m, t, 0);
            }
            UnaryOp::Not => {
                self.emit(Opcode::BoolNot, v, Operand::Unused, t, 0);
            }
            UnaryOp::BitNot => {
                self.emit(Opcode::BitNot, v, Operand::Unused, t, 0);
            }
        }
        Ok(Operand::Slot(t))
    }

    fn ternary(&mut self, cond: &Expr, then: Option<&Expr>, else_: &Expr) -> R<Operand> {
        let t = self.temp();
        match then {
            Some(then) => {
                let j = self.cond_jump(cond, false)?;
                let v = self.expr(then)?;
                self.emit(Opcode::QmAssign, v, Operand::Unused, t, 0);
                let to_end = self.emit(Opcode::Jmp, Operand::Unused, Operand::Unused, NO_SLOT, 0);
                let else_start = self.here();
                self.patch(j, else_start);
                let v = self.expr(else_)?;
                self.emit(Opcode::QmAssign, v, Operand::Unused, t, 0);
                let end = self.here();
                self.patch(to_end, end);
            }
            None => {
                let c = self.expr(cond)?;
                let j = self.emit(Opcode::JmpSet, c, Operand::Unused, t, 0);
                let v = self.expr(else_)?;
                self.emit(Opcode::QmAssign, v, Operand::Unused, t, 0);
                let end = self.here();
                self.patch(j, end);
            }
        }
        Ok(Operand::Slot(t))
    }

    /// Emits a jump taken when `cond` is `when`; returns the op to patch
    /// with the target. Comparisons become smart branches (the comparison
    /// op fused with the jump that follows it).
    fn cond_jump(&mut self, cond: &Expr, when: bool) -> R<usize> {
        self.line = cond.line;
        if let ExprKind::Binary { op, left, right } = &cond.kind {
            if let Some((opcode, swap)) = comparison_opcode(*op) {
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                self.line = cond.line;
                let at = self.emit(opcode, l, r, NO_SLOT, swap as u32);
                self.ops[at].flags = if when {
                    smart_branch::JMPNZ
                } else {
                    smart_branch::JMPZ
                };
                let jop = if when { Opcode::JmpNZ } else { Opcode::JmpZ };
                return Ok(self.emit(jop, Operand::Unused, Operand::Unused, NO_SLOT, 0));
            }
        }
        if let ExprKind::Unary {
            op: UnaryOp::Not,
            operand,
        } = &cond.kind
        {
            return self.cond_jump(operand, !when);
        }
        let v = self.expr(cond)?;
        self.line = cond.line;
        let jop = if when { Opcode::JmpNZ } else { Opcode::JmpZ };
        Ok(self.emit(jop, v, Operand::Unused, NO_SLOT, 0))
    }
}

/// Property fetches, method calls and element reads: the links of a chain
/// that a `?->` inside it short-circuits as a whole.
/// Whether a destructuring binds any target by reference.
fn list_has_ref(items: &[Option<ListItem>]) -> bool {
    items
        .iter()
        .flatten()
        .any(|i| i.by_ref || matches!(&i.target.kind, ExprKind::List(inner) if list_has_ref(inner)))
}

/// A variable, property or element path whose keys are variables or
/// literals: evaluating it twice does the same thing.
fn repeatable_path(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Var(_) => true,
        ExprKind::Prop { obj, .. } => repeatable_path(obj),
        ExprKind::Index { base, index } => {
            repeatable_path(base)
                && index.as_deref().is_some_and(|k| {
                    matches!(
                        k.kind,
                        ExprKind::Var(_) | ExprKind::Int(_) | ExprKind::String(_)
                    )
                })
        }
        _ => false,
    }
}

fn ref_source_error(line: u32) -> CompileError {
    CompileError::Fatal(
        "Cannot assign reference to non referenceable value".into(),
        line,
    )
}

/// A property, or an element path on one (`$o->p`, `$o->p[k][j]`): a
/// place a reference can be taken of through FETCH_OBJ_W.
fn is_prop_path(e: &Expr) -> bool {
    let mut cur = e;
    while let ExprKind::Index { base, .. } = &cur.kind {
        cur = base;
    }
    matches!(
        cur.kind,
        ExprKind::Prop {
            nullsafe: false,
            ..
        }
    )
}

fn is_chain(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Prop { .. } | ExprKind::MethodCall { .. } | ExprKind::Index { .. }
    )
}

/// Whether a chain has a `?->` link.
fn has_nullsafe(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Prop { nullsafe: true, .. } | ExprKind::MethodCall { nullsafe: true, .. } => true,
        ExprKind::Prop { obj, .. } | ExprKind::MethodCall { obj, .. } => has_nullsafe(obj),
        ExprKind::Index { base, .. } => has_nullsafe(base),
        _ => false,
    }
}

/// Comparison operators: opcode and whether the operands are swapped
/// (`a > b` is `b < a`, evaluated left to right).
fn comparison_opcode(op: BinOp) -> Option<(Opcode, bool)> {
    Some(match op {
        BinOp::Eq => (Opcode::IsEqual, false),
        BinOp::NotEq => (Opcode::IsNotEqual, false),
        BinOp::Identical => (Opcode::IsIdentical, false),
        BinOp::NotIdentical => (Opcode::IsNotIdentical, false),
        BinOp::Lt => (Opcode::IsSmaller, false),
        BinOp::LtEq => (Opcode::IsSmallerOrEqual, false),
        BinOp::Gt => (Opcode::IsSmaller, true),
        BinOp::GtEq => (Opcode::IsSmallerOrEqual, true),
        _ => return None,
    })
}

fn binop_opcode(op: BinOp) -> Opcode {
    match op {
        BinOp::Add => Opcode::Add,
        BinOp::Sub => Opcode::Sub,
        BinOp::Mul => Opcode::Mul,
        BinOp::Div => Opcode::Div,
        BinOp::Mod => Opcode::Mod,
        BinOp::Pow => Opcode::Pow,
        BinOp::Concat => Opcode::Concat,
        BinOp::BitAnd => Opcode::BitAnd,
        BinOp::BitOr => Opcode::BitOr,
        BinOp::BitXor => Opcode::BitXor,
        BinOp::Shl => Opcode::Shl,
        BinOp::Shr => Opcode::Shr,
        BinOp::Xor => Opcode::BoolXor,
        BinOp::Spaceship => Opcode::Spaceship,
        _ => Opcode::Nop,
    }
}

/// The value of a constant expression (defaults, class constants), if it
/// is one we can fold at compile time.
fn const_eval(e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Int(i) => Value::Int(*i),
        ExprKind::Float(f) => Value::Float(*f),
        ExprKind::String(s) => Value::str(s.as_slice()),
        ExprKind::Bool(b) => Value::Bool(*b),
        ExprKind::Null => Value::Null,
        ExprKind::Array(items) => const_array(items)?,
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match const_eval(operand)? {
            Value::Int(i) => i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or(Value::Float(-(i as f64))),
            Value::Float(f) => Value::Float(-f),
            _ => return None,
        },
        ExprKind::Unary {
            op: UnaryOp::Plus,
            operand,
        } => match const_eval(operand)? {
            v @ (Value::Int(_) | Value::Float(_)) => v,
            _ => return None,
        },
        ExprKind::Binary {
            op: BinOp::Concat,
            left,
            right,
        } => {
            let (Value::Str(a), Value::Str(b)) = (const_eval(left)?, const_eval(right)?) else {
                return None;
            };
            let mut s = a.as_bytes().to_vec();
            s.extend_from_slice(b.as_bytes());
            Value::str(s)
        }
        // A namespaced constant of these names is not expected: the
        // global one is the value.
        ExprKind::Const(n) | ExprKind::NsConst { fallback: n, .. } => match n.as_slice() {
            b"PHP_EOL" => Value::str("\n"),
            b"PHP_INT_MAX" => Value::Int(i64::MAX),
            b"PHP_INT_MIN" => Value::Int(i64::MIN),
            b"PHP_INT_SIZE" => Value::Int(8),
            _ => return None,
        },
        _ => return None,
    })
}

fn const_array(items: &[ArrayItem]) -> Option<Value> {
    let mut a = PhpArray::new();
    for item in items {
        if item.by_ref || item.unpack {
            return None;
        }
        let v = const_eval(&item.value)?;
        match &item.key {
            Some(k) => {
                let k: Key = to_key(&const_eval(k)?)?;
                a.set(k, v);
            }
            None => {
                a.push(v);
            }
        }
    }
    Some(Value::array(a))
}

/// Whether a type names `what` (lowercase) or `mixed`.
fn type_allows(t: &TypeHint, what: &[u8]) -> bool {
    let names: Vec<&Name> = match t {
        TypeHint::Named(n) | TypeHint::Nullable(n) => vec![n],
        TypeHint::Union(ns) => ns.iter().collect(),
    };
    names
        .iter()
        .any(|n| n.eq_ignore_ascii_case(what) || n.eq_ignore_ascii_case(b"mixed"))
}

/// Whether a constant default value may initialize a property of type `t`
/// (exactly its type, an int for a float, null for a nullable type).
fn default_fits(t: &TypeHint, v: &Value) -> bool {
    let (names, nullable): (Vec<&[u8]>, bool) = match t {
        TypeHint::Named(n) => (vec![n.as_slice()], false),
        TypeHint::Nullable(n) => (vec![n.as_slice()], true),
        TypeHint::Union(ns) => (ns.iter().map(|n| n.as_slice()).collect(), false),
    };
    let has = |s: &str| names.iter().any(|n| n.eq_ignore_ascii_case(s.as_bytes()));
    if has("mixed") {
        return true;
    }
    match v {
        Value::Null => nullable || has("null"),
        Value::Bool(b) => has("bool") || (has("false") && !b) || (has("true") && *b),
        Value::Int(_) => has("int") || has("float"),
        Value::Float(_) => has("float"),
        Value::Str(_) => has("string"),
        Value::Array(_) => has("array") || has("iterable"),
        _ => true,
    }
}

fn implicit_nullable(p: &Param) -> Option<TypeHint> {
    match (&p.ty, &p.default) {
        (
            Some(TypeHint::Named(n)),
            Some(Expr {
                kind: ExprKind::Null,
                ..
            }),
        ) if !n.eq_ignore_ascii_case(b"mixed") && !n.eq_ignore_ascii_case(b"null") => {
            Some(TypeHint::Nullable(n.clone()))
        }
        (t, _) => t.clone(),
    }
}

/// The value of an assignment: an expression still to compile, or one
/// already in an operand (an element taken out by a destructuring).
#[derive(Clone, Copy)]
enum Source<'a> {
    Expr(&'a Expr),
    Operand(Operand),
}

/// How many arguments a call sends by position before any `...$spread`
/// (the INIT op reserves their slots; unpacking appends at run time).
fn positional_count(args: &[Arg]) -> u32 {
    args.iter()
        .take_while(|a| !a.unpack && a.name.is_none())
        .count() as u32
}

fn compile_function(
    file: &Rc<str>,
    f: &FunctionDecl,
    class: Option<&PhpStr>,
    is_static: bool,
    unit: &mut Unit,
    uses: &[(Name, bool)],
) -> R<OpArray> {
    let mut c = FuncCompiler::new(
        file.clone(),
        PhpStr::from(f.name.as_slice()),
        class.cloned(),
        unit.ctx.clone(),
    );
    c.line = f.line;
    c.return_type = f.ret.clone();
    if f.by_ref_return {
        return Err(unsupported("return by reference", f.line));
    }
    if let (None, Some(p)) = (class, f.params.iter().find(|p| p.promote.is_some())) {
        return Err(CompileError::Fatal(
            "Cannot declare promoted property outside a constructor".into(),
            p.line,
        ));
    }
    let mut params = Vec::new();
    for (i, p) in f.params.iter().enumerate() {
        let mut default_expr = None;
        let cv = c.cv(&p.name);
        debug_assert_eq!(cv as usize, i);
        c.line = p.line;
        match &p.default {
            _ if p.variadic => {
                c.emit(
                    Opcode::RecvVariadic,
                    Operand::Unused,
                    Operand::Unused,
                    cv,
                    i as u32,
                );
            }
            Some(d) => {
                // A default that is not a literal is evaluated at each call
                // that leaves it out (RECV_INIT without a value).
                let k = match const_eval(d) {
                    Some(v) => c.konst(v),
                    None => {
                        default_expr = Some(const_expr(file, d, class)?);
                        Operand::Unused
                    }
                };
                c.emit(Opcode::RecvInit, Operand::Unused, k, cv, i as u32);
            }
            None => {
                c.emit(Opcode::Recv, Operand::Unused, Operand::Unused, cv, i as u32);
            }
        }
        params.push(ParamInfo {
            name: PhpStr::from(p.name.as_slice()),
            ty: implicit_nullable(p),
            by_ref: p.by_ref,
            variadic: p.variadic,
            has_default: p.default.is_some(),
            default_expr,
        });
    }
    // A closure's `use` variables come right after its parameters.
    let captures: Vec<(u32, bool)> = uses.iter().map(|(n, r)| (c.cv(n), *r)).collect();
    if f.is_generator {
        c.is_generator = true;
        c.emit(
            Opcode::GeneratorCreate,
            Operand::Unused,
            Operand::Unused,
            NO_SLOT,
            0,
        );
    }
    for s in &f.body {
        c.stmt(s, unit)?;
    }
    c.line = f.end_line;
    if c.return_type.is_some() && !c.returns_void() && !c.is_generator {
        c.emit(
            Opcode::VerifyReturnType,
            Operand::Unused,
            Operand::Unused,
            NO_SLOT,
            0,
        );
    }
    c.emit(Opcode::Return, Operand::Unused, Operand::Unused, NO_SLOT, 0);
    c.resolve_gotos()?;
    let mut code = c.finish(f.line, f.end_line);
    code.params = params;
    code.is_static = is_static;
    code.captures = captures;
    Ok(code)
}

/// A class with the members of the traits it uses copied in (php's trait
/// binding): the class's own methods win over the traits', which win over
/// inherited ones; `insteadof` and `as` resolve collisions and add aliases.
fn use_traits(c: &ClassDecl, traits: &HashMap<Vec<u8>, ClassDecl>, depth: u32) -> R<ClassDecl> {
    if depth > 64 {
        return Err(CompileError::Fatal(
            "Traits use each other recursively".into(),
            c.line,
        ));
    }
    let mut class = c.clone();
    class.uses.clear();
    let own: Vec<Vec<u8>> = c
        .methods
        .iter()
        .map(|m| m.func.name.to_ascii_lowercase())
        .collect();
    // (method, the trait it came from)
    let mut added: Vec<(MethodDecl, Name)> = Vec::new();
    for u in &c.uses {
        for tname in &u.traits {
            let Some(t) = traits.get(&tname.to_ascii_lowercase()) else {
                let msg = format!("Trait \"{}\" not found", String::from_utf8_lossy(tname));
                return Err(CompileError::Fatal(msg, u.line));
            };
            let t = if t.uses.is_empty() {
                t.clone()
            } else {
                use_traits(t, traits, depth + 1)?
            };
            for m in &t.methods {
                let lc = m.func.name.to_ascii_lowercase();
                let names_this = |trait_name: &Option<Name>| {
                    trait_name
                        .as_ref()
                        .is_none_or(|n| n.eq_ignore_ascii_case(&t.name))
                };
                let mut copies = vec![m.clone()];
                let mut excluded = false;
                for rule in &u.rules {
                    match rule {
                        TraitRule::Insteadof {
                            method, instead_of, ..
                        } => {
                            if method.eq_ignore_ascii_case(&lc)
                                && instead_of.iter().any(|n| n.eq_ignore_ascii_case(&t.name))
                            {
                                excluded = true;
                            }
                        }
                        TraitRule::Alias {
                            trait_name,
                            method,
                            visibility,
                            alias,
                        } => {
                            if !method.eq_ignore_ascii_case(&lc) || !names_this(trait_name) {
                                continue;
                            }
                            match alias {
                                Some(a) => {
                                    let mut copy = m.clone();
                                    copy.func.name = a.clone();
                                    if let Some(v) = visibility {
                                        copy.visibility = *v;
                                    }
                                    copies.push(copy);
                                }
                                None => {
                                    if let Some(v) = visibility {
                                        copies[0].visibility = *v;
                                    }
                                }
                            }
                        }
                    }
                }
                if excluded {
                    copies.remove(0);
                }
                for copy in copies {
                    let lc = copy.func.name.to_ascii_lowercase();
                    if own.contains(&lc) {
                        continue;
                    }
                    if let Some((_, from)) = added
                        .iter()
                        .find(|(a, _)| a.func.name.eq_ignore_ascii_case(&lc))
                    {
                        let msg = format!(
                            "Trait method {}::{} has not been applied as {}::{}, because of collision with {}::{}",
                            String::from_utf8_lossy(&t.name),
                            String::from_utf8_lossy(&copy.func.name),
                            String::from_utf8_lossy(&c.name),
                            String::from_utf8_lossy(&copy.func.name),
                            String::from_utf8_lossy(from),
                            String::from_utf8_lossy(&copy.func.name),
                        );
                        return Err(CompileError::Fatal(msg, c.line));
                    }
                    added.push((copy, t.name.clone()));
                }
            }
            for p in &t.props {
                if !class.props.iter().any(|q| q.name == p.name) {
                    class.props.push(p.clone());
                }
            }
            for k in &t.consts {
                if !class.consts.iter().any(|n| n.name == k.name) {
                    class.consts.push(k.clone());
                }
            }
        }
    }
    class.methods.extend(added.into_iter().map(|(m, _)| m));
    Ok(class)
}

fn compile_class(file: &Rc<str>, c: &ClassDecl, unit: &mut Unit) -> R<ClassUnit> {
    let name = PhpStr::from(c.name.as_slice());
    let mut consts: Vec<ConstUnit> = Vec::new();
    let redefined = |consts: &[ConstUnit], n: &[u8], line: u32| -> R<()> {
        if consts.iter().any(|k| k.name.as_bytes() == n) {
            let msg = format!(
                "Cannot redefine class constant {}::{}",
                name.to_lossy(),
                String::from_utf8_lossy(n)
            );
            return Err(CompileError::Fatal(msg, line));
        }
        Ok(())
    };
    for case in c.enum_cases.iter().flatten() {
        redefined(&consts, &case.name, case.line)?;
        let value = match &case.value {
            Some(e) => Some(const_eval(e).ok_or_else(|| {
                CompileError::Fatal(
                    "Enum case value must be compile-time evaluatable".into(),
                    e.line,
                )
            })?),
            None => None,
        };
        consts.push(ConstUnit {
            name: PhpStr::from(case.name.as_slice()),
            init: ConstInit::Case(value),
            visibility: Visibility::Public,
            is_final: true,
        });
    }
    for k in &c.consts {
        redefined(&consts, &k.name, k.line)?;
        consts.push(ConstUnit {
            name: PhpStr::from(k.name.as_slice()),
            init: const_init(file, &k.value, &name)?,
            visibility: k.visibility,
            is_final: k.is_final,
        });
    }
    if c.enum_cases.is_some() {
        let allowed: &[&[u8]] = &[b"__call", b"__callstatic", b"__invoke"];
        for m in &c.methods {
            let lc = m.func.name.to_ascii_lowercase();
            if lc.starts_with(b"__") && !allowed.contains(&lc.as_slice()) {
                let msg = format!(
                    "Enum {} cannot include magic method {}",
                    name.to_lossy(),
                    String::from_utf8_lossy(&m.func.name)
                );
                return Err(CompileError::Fatal(msg, c.line));
            }
        }
    }
    let mut props = Vec::new();
    for p in &c.props {
        let mut init = None;
        let default = match &p.default {
            Some(e) if const_eval(e).is_none() => {
                init = Some(const_expr(file, e, Some(&name))?);
                Value::Null
            }
            Some(e) => {
                let mut v = const_eval(e).expect("a literal");
                if let Some(t) = &p.ty {
                    // An int default of a float property is stored as a float.
                    if let Value::Int(i) = v {
                        if type_allows(t, b"float") && !type_allows(t, b"int") {
                            v = Value::Float(i as f64);
                        }
                    }
                    if !default_fits(t, &v) {
                        return Err(CompileError::Fatal(
                            format!(
                                "Cannot use {} as default value for property {}::${} of type {}",
                                v.type_name(),
                                name.to_lossy(),
                                String::from_utf8_lossy(&p.name),
                                crate::handlers::type_text(t)
                            ),
                            p.line,
                        ));
                    }
                }
                v
            }
            // Typed properties without a default start uninitialized.
            None if p.ty.is_some() => Value::Undef,
            None => Value::Null,
        };
        props.push(PropUnit {
            name: PhpStr::from(p.name.as_slice()),
            default,
            visibility: p.visibility,
            is_static: p.is_static,
            ty: p.ty.clone(),
            is_readonly: p.is_readonly,
            init,
        });
    }
    let mut methods = Vec::new();
    let mut abstract_methods = Vec::new();
    for m in &c.methods {
        let is_ctor = m.func.name.eq_ignore_ascii_case(b"__construct");
        let promoted: Vec<&Param> = m
            .func
            .params
            .iter()
            .filter(|p| p.promote.is_some())
            .collect();
        if let Some(p) = promoted.first() {
            let msg = if !is_ctor {
                Some("Cannot declare promoted property outside a constructor")
            } else if m.is_abstract || c.is_interface {
                Some("Cannot declare promoted property in an abstract constructor")
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(CompileError::Fatal(msg.into(), p.line));
            }
        }
        if m.func.name.eq_ignore_ascii_case(b"__destruct") {
            // php's checks of the magic method's signature, in its order.
            let what = if !m.func.params.is_empty() {
                Some("cannot take arguments")
            } else if m.is_static {
                Some("cannot be static")
            } else if m.func.ret.is_some() {
                Some("cannot declare a return type")
            } else {
                None
            };
            if let Some(what) = what {
                let msg = format!(
                    "Method {}::{}() {what}",
                    String::from_utf8_lossy(&c.name),
                    String::from_utf8_lossy(&m.func.name)
                );
                return Err(CompileError::Fatal(msg, m.func.line));
            }
        }
        if m.is_abstract || c.is_interface {
            abstract_methods.push(PhpStr::from(m.func.name.as_slice()));
            continue;
        }
        let mut func = std::borrow::Cow::Borrowed(&m.func);
        if !promoted.is_empty() {
            // Each promoted parameter declares a property (where the
            // constructor is in the class) and the constructor assigns it
            // first thing.
            let at = c
                .props
                .iter()
                .position(|p| p.line > m.func.line)
                .map(|i| props.len() - (c.props.len() - i))
                .unwrap_or(props.len());
            let mut assigns = Vec::new();
            for (k, p) in promoted.iter().enumerate() {
                let (visibility, is_readonly) = p.promote.expect("promoted");
                let shown = format!("{}::${}", name.to_lossy(), String::from_utf8_lossy(&p.name));
                let problem = if p.variadic {
                    Some("Cannot declare variadic promoted property".to_string())
                } else if props
                    .iter()
                    .any(|q: &PropUnit| q.name.as_bytes() == p.name.as_slice())
                {
                    Some(format!("Cannot redeclare {shown}"))
                } else if is_readonly && p.ty.is_none() {
                    Some(format!("Readonly property {shown} must have type"))
                } else {
                    None
                };
                if let Some(msg) = problem {
                    return Err(CompileError::Fatal(msg, p.line));
                }
                props.insert(
                    at + k,
                    PropUnit {
                        name: PhpStr::from(p.name.as_slice()),
                        default: if p.ty.is_some() {
                            Value::Undef
                        } else {
                            Value::Null
                        },
                        visibility,
                        is_static: false,
                        ty: implicit_nullable(p),
                        is_readonly,
                        init: None,
                    },
                );
                let at_line = |kind| Expr { kind, line: p.line };
                assigns.push(Stmt {
                    kind: StmtKind::Expr(at_line(ExprKind::Assign {
                        target: Box::new(at_line(ExprKind::Prop {
                            obj: Box::new(at_line(ExprKind::Var(b"this".to_vec()))),
                            name: NameRef::Lit(p.name.clone()),
                            nullsafe: false,
                        })),
                        value: Box::new(at_line(ExprKind::Var(p.name.clone()))),
                    })),
                    line: p.line,
                });
            }
            let mut f = m.func.clone();
            assigns.extend(f.body);
            f.body = assigns;
            func = std::borrow::Cow::Owned(f);
        }
        let code = compile_function(file, &func, Some(&name), m.is_static, unit, &[])?;
        methods.push(MethodUnit {
            code: Rc::new(code),
            visibility: m.visibility,
            is_static: m.is_static,
        });
    }
    Ok(ClassUnit {
        name,
        parent: c.parent.as_ref().map(|p| PhpStr::from(p.as_slice())),
        interfaces: c
            .interfaces
            .iter()
            .map(|i| PhpStr::from(i.as_slice()))
            .collect(),
        is_abstract: c.is_abstract,
        is_interface: c.is_interface,
        abstract_methods,
        consts,
        props,
        methods,
        line: c.line,
        enum_cases: c.enum_cases.as_ref().map(|cases| {
            cases
                .iter()
                .map(|k| PhpStr::from(k.name.as_slice()))
                .collect()
        }),
        enum_backing_int: c.enum_backing.as_ref().map(|t| type_allows(t, b"int")),
        is_anonymous: false,
    })
}

/// A constant expression checked as php's compiler does, for evaluation
/// at run time in the scope of `class`.
fn const_expr(file: &Rc<str>, e: &Expr, class: Option<&PhpStr>) -> R<Rc<ConstExpr>> {
    if let Some((line, message)) = crate::constexpr::invalid_part(e) {
        return Err(CompileError::Fatal(message.into(), line));
    }
    Ok(Rc::new(ConstExpr {
        expr: e.clone(),
        class: class.cloned(),
        file: file.clone(),
    }))
}

/// A class constant: its value when it is a literal, else the expression.
fn const_init(file: &Rc<str>, e: &Expr, class: &PhpStr) -> R<ConstInit> {
    match const_eval(e) {
        Some(v) => Ok(ConstInit::Value(v)),
        None => Ok(ConstInit::Expr(const_expr(file, e, Some(class))?)),
    }
}
