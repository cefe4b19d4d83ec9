import path from 'node:path';

/**
 * Two rules that keep the data-access layer's authorization structural:
 *  - guarded-exports: every value lib/data exports (outside lib/data/internal) is made by the guard kit
 *    (lib/data/guard.ts), so no exported function can skip establishing the viewer and checking it.
 *    Types and plain constants (literals, lists and records of them) carry no access and are allowed.
 *  - no-internal-imports: lib/data/internal holds the unchecked functions (accounts, sessions, limits,
 *    audit writes); only lib/data itself, the account command and tests may import them.
 */

const KIT = new Set(['publicRead', 'anyone', 'signedIn', 'adminOnly', 'editorOnly', 'adminRead', 'adminQuery', 'editorRead']);

/** A value that is data, not code: it cannot read or write anything. */
function isStatic(node) {
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return isStatic(node.argument);
    case 'BinaryExpression':
      return isStatic(node.left) && isStatic(node.right);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return isStatic(node.expression);
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && isStatic(element));
    case 'ObjectExpression':
      return node.properties.every((property) => property.type === 'Property' && !property.computed && !property.method && isStatic(property.value));
    default:
      return false;
  }
}

/** The names this file imports from the guard kit's module. */
function kitImports(program) {
  const names = new Set();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !/^(\.\/|\.\.\/|@\/lib\/data\/)guard$/.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && KIT.has(specifier.imported.name)) names.add(specifier.local.name);
    }
  }
  return names;
}

const guardedExports = {
  meta: {
    type: 'problem',
    messages: {
      unguarded: 'An export of the data-access layer must be made by the guard kit (publicRead, signedIn, adminOnly, editorOnly, … from lib/data/guard.ts); unchecked helpers belong in lib/data/internal.',
    },
    schema: [],
  },
  create(context) {
    let kit = new Set();
    const isGuarded = (init) => init?.type === 'CallExpression' && init.callee.type === 'Identifier' && kit.has(init.callee.name);
    const report = (node) => context.report({ node, messageId: 'unguarded' });
    return {
      Program(program) {
        kit = kitImports(program);
      },
      ExportNamedDeclaration(node) {
        if (node.exportKind === 'type') return;
        const declaration = node.declaration;
        if (!declaration) {
          // `export { a, type B }`: only type specifiers pass; a value re-exported skips the kit.
          if (node.specifiers.some((specifier) => specifier.exportKind !== 'type')) report(node);
          return;
        }
        if (declaration.type === 'TSTypeAliasDeclaration' || declaration.type === 'TSInterfaceDeclaration' || declaration.declare) return;
        if (declaration.type !== 'VariableDeclaration' || declaration.kind !== 'const') return report(node);
        for (const declarator of declaration.declarations) {
          if (!declarator.init || !(isGuarded(declarator.init) || isStatic(declarator.init))) report(declarator);
        }
      },
      ExportDefaultDeclaration(node) {
        if (!isGuarded(node.declaration)) report(node);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== 'type') report(node);
      },
    };
  },
};

const internal = /(^|\/)lib\/data\/internal(\/|$)/;

const noInternalImports = {
  meta: {
    type: 'problem',
    messages: {
      internal: 'lib/data/internal is unchecked (no viewer, no role): call the data-access layer’s guarded functions instead.',
    },
    schema: [],
  },
  create(context) {
    const directory = path.dirname(context.filename);
    const check = (source) => {
      if (typeof source?.value !== 'string') return;
      const target = source.value.startsWith('.') ? path.resolve(directory, source.value).split(path.sep).join('/') : source.value;
      if (internal.test(target)) context.report({ node: source, messageId: 'internal' });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const plugin = { meta: { name: 'data-guard' }, rules: { 'guarded-exports': guardedExports, 'no-internal-imports': noInternalImports } };

export default plugin;
