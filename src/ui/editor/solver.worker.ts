// The lesson editor's solver, off the main thread: receives a level, runs the same check as
// `npm run lessons -- check` (core solver within its run budget) and posts the report back.
// The editor never freezes; a search that runs too long is ended by the editor (terminate).
import { checkLevelSolution } from '../../core/solver/check';
import type { SolverReply, SolverRequest } from './solver-client';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SolverRequest>) => void) | null;
  postMessage(message: SolverReply): void;
};

scope.onmessage = (event) => {
  const { id, level, index, budget } = event.data;
  const report = checkLevelSolution(level, index, { budget });
  scope.postMessage({
    id,
    solvable: report.solvable,
    optimalBlocks: report.optimalBlocks,
    problems: report.problems.map((problem) => ({ code: problem.code, path: problem.path })),
    text: report.solution.status === 'solved' ? report.solution.text : null,
  });
};
