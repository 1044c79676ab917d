// fast-check settings shared by the property tests. CI runs a fixed seed so a run is repeatable; set
// SITREP_FC_SEED=random (or a number) to explore other inputs and SITREP_FC_RUNS=10 to run ten times as many.
// A failure prints its seed and the shrunk counterexample; pass that seed back to replay it.
import fc from 'fast-check';

const seedEnv = process.env.SITREP_FC_SEED;
export const FC_SEED = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 20240607;
const scale = Number(process.env.SITREP_FC_RUNS ?? '1');

/** Parameters for fc.assert: the shared seed and `runs` scaled by SITREP_FC_RUNS. */
export const runs = (n: number): fc.Parameters<unknown> => ({ seed: FC_SEED, numRuns: Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1))), endOnFailure: false });
