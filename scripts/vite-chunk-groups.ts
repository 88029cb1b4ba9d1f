// Build plugin and chunking rules: the first screen's code in a few files, not thirty.
// Rolldown splits every module that the entry shares with a lazy screen into a chunk of its own,
// so the lesson page asked for 32 small files; on a school network each costs a round trip (six
// at a time over HTTP/1.1), and each is a module record to fetch, compile and link. Two groups
// put them back together: `shell`, everything the entry imports statically (loaded by every
// page anyway), and one group per first screen (here the pupil's player), everything that
// screen imports statically beyond the shell. Lazy code stays lazy: only static imports are
// followed, so Blockly, the robot stack and the teacher's screens keep their own chunks.
// Build tooling, Node only.
import type { Plugin } from 'vite';
import { reachable } from './reachable.ts';

/** Where a group starts: a module id suffix, as `/src/main.ts`. */
export interface GroupRoot {
  readonly name: string;
  readonly root: string;
}

/**
 * `root` and every module it imports statically, leaving out `outside` (another group's
 * modules) and stylesheets (Vite gathers a chunk's CSS by itself).
 */
export function staticClosure(
  root: string,
  importsOf: (id: string) => readonly string[],
  outside: ReadonlySet<string> = new Set(),
): Set<string> {
  const found = reachable([root], importsOf, outside);
  return new Set([...found].filter((id) => !isStyle(id)));
}

function isStyle(id: string): boolean {
  return /\.css($|\?)/.test(id) || /[?&]type=style/.test(id);
}

export interface ChunkGroups {
  /** Computes the groups once the module graph is known (Rolldown chunks after that). */
  readonly plugin: Plugin;
  /** For `build.rolldownOptions.output.codeSplitting.groups`. */
  readonly groups: { name: string; test: (id: string) => boolean; priority: number }[];
}

/**
 * Groups for an entry and its first screens, in order: each group takes what its root imports
 * statically and no earlier group took. The entry module itself stays the entry chunk.
 */
export function chunkGroups(entry: GroupRoot, screens: readonly GroupRoot[]): ChunkGroups {
  const roots = [entry, ...screens];
  const members = new Map<string, Set<string>>(roots.map(({ name }) => [name, new Set()]));
  const plugin: Plugin = {
    name: 'parcours-chunk-groups',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const importsOf = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const taken = new Set<string>();
      for (const { name, root } of roots) {
        const id = ids.find((candidate) => candidate.replaceAll('\\', '/').endsWith(root));
        // A build of something else (a worker, the bench's floor) has no such module.
        if (!id) return;
        const group = staticClosure(id, importsOf, taken);
        if (root === entry.root) group.delete(id);
        for (const member of group) taken.add(member);
        taken.add(id);
        members.set(name, group);
      }
    },
  };
  const groups = roots.map(({ name }, index) => ({
    name,
    test: (id: string) => members.get(name)?.has(id) ?? false,
    priority: roots.length - index,
  }));
  return { plugin, groups };
}
