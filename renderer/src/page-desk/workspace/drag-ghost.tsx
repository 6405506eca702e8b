/** The label following the pointer while a story, photo or element is dragged onto the page. */
export function DragGhost({ ghost }: { ghost: { x: number; y: number; label: string } | null }) {
  if (!ghost) return null;
  return (
    <div className="drag-ghost" style={{ left: ghost.x + 12, top: ghost.y + 12 }} aria-hidden="true">
      {ghost.label}
    </div>
  );
}
