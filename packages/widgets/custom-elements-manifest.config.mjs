/**
 * custom-elements.json for @losi/widgets: every component, plus the shared base class so that its attributes
 * (`lang`, `theme`), event (`losi-error`), parts and CSS custom properties are inherited into each element.
 * Tags are registered through `define()`, which the analyzer does not recognise: each class names its tag
 * with the `@tagname` JSDoc tag.
 */

/** Names of `static properties` entries that are internal state or property-only (`state: true`, `attribute: false`). */
const notAttributes = new Map();

/**
 * Lit `static properties` entries with `state: true` are internal, and entries with `attribute: false` have no
 * attribute; the analyzer lists both as attributes. This plugin removes them from `attributes` (state ones also
 * from the public members), and drops the event that `LosiElement.emit(type, ...)` seems to fire, named `type`.
 */
function litStaticPropertiesPlugin() {
  return {
    name: 'losi-lit-static-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = { state: new Set(), propertyOnly: new Set() };
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer) continue;
        if (!ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const entry of member.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const options = Object.fromEntries(
            entry.initializer.properties.filter(ts.isPropertyAssignment).map((option) => [option.name.getText(), option.initializer.getText()]),
          );
          if (options.state === 'true') names.state.add(entry.name.getText());
          else if (options.attribute === 'false') names.propertyOnly.add(entry.name.getText());
        }
      }
      notAttributes.set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      const all = { state: new Set(), propertyOnly: new Set() };
      for (const names of notAttributes.values()) {
        names.state.forEach((name) => all.state.add(name));
        names.propertyOnly.forEach((name) => all.propertyOnly.add(name));
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !all.state.has(attribute.fieldName ?? attribute.name) && !all.propertyOnly.has(attribute.fieldName ?? attribute.name),
            );
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !(all.state.has(member.name) && member.privacy !== 'public'));
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/losi-element.ts', 'src/internal/losi-mixin.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litStaticPropertiesPlugin()],
};
