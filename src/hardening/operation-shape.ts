import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isIntrospectionField } from './introspection';

/** The figures the static limits look at, for one operation, counted through its fragments. */
export interface OperationShape {
  /** Nested selection levels below the root fields: `{ viewer { id } }` is 1. */
  depth: number;
  /**
   * The same, below `__schema` and `__type`: tools' introspection queries nest 14 levels
   * (`ofType` 9 times), so introspection has a limit of its own.
   */
  introspectionDepth: number;
  /** Aliases, introspection included. */
  aliases: number;
  directives: number;
  rootFields: number;
}

type Figures = Omit<OperationShape, 'rootFields'>;

const NOTHING: Figures = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0 };

/**
 * Measures every operation of a document. Each named fragment is measured once and its figures
 * reused wherever it is spread, so the work stays linear even when fragments spread each other
 * many times over (counts still grow with every spread: a fragment of 10 aliases spread 5 times
 * is 50 aliases, as executing it would be). A fragment cycle counts as nothing here: the standard
 * NoFragmentCycles rule rejects the document anyway.
 */
export class ShapeMeter {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, Figures>();
  private readonly rootMemo = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        this.fragments.set(definition.name.value, definition);
      }
    }
  }

  measure(operation: OperationDefinitionNode): OperationShape {
    const figures = this.selectionSet(operation.selectionSet);
    return {
      ...figures,
      directives: figures.directives + (operation.directives?.length ?? 0),
      rootFields: this.rootFields(operation.selectionSet),
    };
  }

  private fragment(name: string): Figures {
    const known = this.memo.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.visiting.has(name)) return NOTHING;
    this.visiting.add(name);
    const figures = this.selectionSet(definition.selectionSet);
    this.visiting.delete(name);
    const withOwn = {
      ...figures,
      directives: figures.directives + (definition.directives?.length ?? 0),
    };
    this.memo.set(name, withOwn);
    return withOwn;
  }

  private selectionSet(set: SelectionSetNode): Figures {
    let depth = 0;
    let introspectionDepth = 0;
    let aliases = 0;
    let directives = 0;
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.selectionSet) {
          const inner = this.selectionSet(selection.selectionSet);
          if (isIntrospectionField(selection.name.value)) {
            introspectionDepth = Math.max(introspectionDepth, 1 + inner.depth);
          } else {
            depth = Math.max(depth, 1 + inner.depth);
          }
          introspectionDepth = Math.max(introspectionDepth, inner.introspectionDepth);
          aliases += inner.aliases;
          directives += inner.directives;
        }
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(selection.selectionSet)
            : this.fragment(selection.name.value);
        depth = Math.max(depth, inner.depth);
        introspectionDepth = Math.max(introspectionDepth, inner.introspectionDepth);
        aliases += inner.aliases;
        directives += inner.directives;
      }
    }
    return { depth, introspectionDepth, aliases, directives };
  }

  private rootFields(set: SelectionSetNode): number {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        count += this.rootFields(selection.selectionSet);
      else count += this.fragmentRootFields(selection.name.value);
    }
    return count;
  }

  private fragmentRootFields(name: string): number {
    const known = this.rootMemo.get(name);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const count = this.rootFields(definition.selectionSet);
    this.visiting.delete(name);
    this.rootMemo.set(name, count);
    return count;
  }
}
