/** Shown when the page is opened outside Banmian (no window.banmian): nothing can work, so say why. */
export function MissingBridge() {
  return (
    <div className="fatal" role="alert">
      <h1>版面 Banmian</h1>
      <p>此页面只能在版面应用中打开（缺少 window.banmian）。</p>
      <p>This page runs only inside the Banmian app (window.banmian is missing).</p>
    </div>
  );
}
