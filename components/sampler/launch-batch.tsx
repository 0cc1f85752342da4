/** Batches use exactly these parameters once synthesis exists; until then the button explains why it is off. */
export function LaunchBatch() {
  return (
    <section className="panel sampler-launch" aria-label="Launch">
      <button type="button" className="button primary" disabled aria-describedby="launch-note">
        Launch batch with these parameters
      </button>
      <p id="launch-note" className="note">
        Synthesis is not built yet: this button turns on when batches arrive. A batch will reuse these parameters and seed, so item i is the preview’s combination i.
      </p>
    </section>
  );
}
