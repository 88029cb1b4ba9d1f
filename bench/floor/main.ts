// The floor page's entry: mounts a bare Svelte component holding a Blockly workspace. It is the
// "nothing but Svelte + Blockly" baseline the benchmark compares the pupil's lesson page with
// (bench/run.ts builds it with bench/floor/vite.config.ts). Bench-only code, never shipped.
import { mount } from 'svelte';
import FloorWorkspace from './FloorWorkspace.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('floor index.html has no #app element');
mount(FloorWorkspace, { target });
