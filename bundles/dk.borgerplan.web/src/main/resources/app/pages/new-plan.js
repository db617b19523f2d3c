// #/new-plan/<citizenId>: the visual plan drawn at the plan meeting, before it is first saved.
import { renderEditor } from './plan.js';

export { texts, styles } from './plan.js';

export async function render(view, [citizenId]) {
  await renderEditor(view, { citizenId });
}
