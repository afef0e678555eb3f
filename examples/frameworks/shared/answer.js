/** The sentence every example prints from a `corridor-solved` event's detail. */
export function answerText(result) {
  if (result.status !== 'optimal') return `Not solved: ${result.status}`;
  return `Solved: ${Math.round(result.objective).toLocaleString('en-US')} USD/yr, ${result.corridors.length} corridors`;
}
