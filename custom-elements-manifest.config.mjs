/**
 * The custom-elements manifest (custom-elements.json) of the library,
 * generated from the components' JSDoc (`@summary`, `@event`, `@csspart`,
 * `@cssproperty`, and each public property's own comment) by
 * `scripts/build-lib.js`. `litelement` makes the analyzer read Lit's
 * `static properties = { … }` (attribute names, `attribute: false`).
 *
 * Three things the analyzer (0.11) gets wrong for our components are set
 * right by the plugins below, so the manifest and the API tables generated
 * from it (`scripts/embed-api-docs.js`) say what the elements really do.
 */
export default {
  globs: ['src/components/*/corridor-*.ts', 'src/app/corridor-flow.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist/lib',
  litelement: true,
  dependencies: false,
  // package.json's `customElements` field is maintained by hand, not rewritten by the analyzer.
  packagejson: false,
  quiet: true,
  plugins: [definedByDefineElement(), internalStateIsPrivate(), typedEvents(), summaryIsFirstParagraph()],
};

/** Walks `node` and its descendants. */
function walk(ts, node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(ts, child, visit));
}

function propertyName(ts, name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/**
 * Lit's `{ state: true }` properties are internal reactive state, with no
 * attribute; the analyzer lists them as attributes and public fields.
 */
function internalStateIsPrivate() {
  const stateByClass = new Map();
  return {
    name: 'corridor-flow:internal-state-is-private',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || propertyName(ts, member.name) !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (o) => ts.isPropertyAssignment(o) && propertyName(ts, o.name) === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) {
            const names = stateByClass.get(node.name.text) ?? new Set();
            names.add(propertyName(ts, prop.name));
            stateByClass.set(node.name.text, names);
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const state = stateByClass.get(declaration.name);
          if (!state) continue;
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !state.has(a.fieldName ?? a.name));
          for (const member of declaration.members ?? []) if (state.has(member.name)) member.privacy = 'private';
        }
      }
    },
  };
}

/**
 * An event's type is `CustomEvent<Detail>` as dispatched
 * (`new CustomEvent<Detail>('name', …)`); the analyzer writes `CustomEvent`.
 */
function typedEvents() {
  const typesByModule = new Map();
  return {
    name: 'corridor-flow:typed-events',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const types = new Map();
      walk(ts, node, (n) => {
        if (!ts.isNewExpression(n) || !ts.isIdentifier(n.expression) || n.expression.text !== 'CustomEvent') return;
        const [name] = n.arguments ?? [];
        if (!name || !ts.isStringLiteral(name)) return;
        const detail = n.typeArguments?.[0]?.getText(node);
        if (detail) types.set(name.text, `CustomEvent<${detail}>`);
      });
      typesByModule.set(moduleDoc.path, types);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const types = typesByModule.get(mod.path);
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = types?.get(event.name);
            if (type) event.type = { text: type };
          }
        }
      }
    },
  };
}

/**
 * `@summary` is the first paragraph; the analyzer takes everything up to
 * the next tag, so the rest becomes the description.
 */
function summaryIsFirstParagraph() {
  return {
    name: 'corridor-flow:summary-is-first-paragraph',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || typeof declaration.summary !== 'string') continue;
          const [first, ...rest] = declaration.summary.split(/\n\s*\n/);
          const more = rest.join('\n\n').trim();
          declaration.summary = first.replace(/\s*\n\s*/g, ' ').trim();
          if (more) declaration.description = [more, declaration.description ?? ''].filter(Boolean).join('\n\n');
        }
      }
    },
  };
}

/**
 * Our elements register through `defineElement('tag', Class)`
 * (src/components/define-element.ts, which skips registering where there is
 * no DOM), not a literal `customElements.define(…)`, which is all the
 * analyzer recognises: this marks the class as that tag's custom element and
 * records the definition, as the analyzer does for `customElements.define`.
 */
function definedByDefineElement() {
  const found = [];
  return {
    name: 'corridor-flow:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (tag === undefined || element === undefined || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      found.push({ path: moduleDoc.path, tagName: tag.text, className: element.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { path, tagName, className } of found) {
        const moduleDoc = customElementsManifest.modules.find((m) => m.path === path);
        const declaration = moduleDoc?.declarations?.find((d) => d.name === className);
        if (declaration === undefined) continue;
        declaration.customElement = true;
        declaration.tagName = tagName;
        moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: path } }];
      }
    },
  };
}
