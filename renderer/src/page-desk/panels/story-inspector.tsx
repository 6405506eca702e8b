import { useState } from 'react';
import type { FrameReport } from '../../../../shared/compose/compose-types';
import type { CopyfitLimits, CopyfitOutcome } from '../../../../shared/compose/copyfit';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { HeadlineLayout, PageDocument, StoryFrame } from '../../../../shared/model/page';
import { continueStory, defaultHeadline, patchFrame, setArea, setHeadlineField, storyChain, unthread } from '../workspace/frame-edits';
import type { GridLimits } from '../workspace/grid-snap';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { copyfitOf } from '../workspace/copyfit';
import { AreaFields } from './area-fields';
import { NumberField, Section, SelectField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

const FACES = ['noto-sans-sc-700', 'noto-sans-sc-400', 'noto-serif-sc-700', 'noto-serif-sc-400', 'lxgw-wenkai-400'] as const;

/** A story frame: where it stands, its text columns (破栏), its headline, its thread (续排) and copyfit. */
export function StoryInspector({
  store,
  doc,
  frame,
  limits,
  story,
  report,
  onOpenStory,
  onFit,
}: {
  store: WorkspaceStore;
  doc: PageDocument;
  frame: StoryFrame;
  limits: GridLimits;
  story: StorySummary | undefined;
  report: FrameReport | undefined;
  onOpenStory: (storyId: string) => void;
  onFit: (frameId: string, limits: CopyfitLimits) => Promise<CopyfitOutcome | null>;
}) {
  const [fitLimit, setFitLimit] = useState(5);
  const [subheadLines, setSubheadLines] = useState(1);
  const [paragraphLines, setParagraphLines] = useState(1);
  const [fitting, setFitting] = useState(false);
  const [fitted, setFitted] = useState<CopyfitOutcome | null>(null);
  const t = useI18n().t.pageDesk;
  const chain = storyChain(doc, frame.storyId);
  const isHead = chain[0]?.id === frame.id;
  const headline = frame.headline;
  const setHeadline = (patch: Partial<HeadlineLayout> | null) =>
    store.change(
      t.history.headline,
      (d) => {
        const current = d.frames.find((f) => f.id === frame.id);
        if (current?.kind !== 'story') return d;
        if (patch === null) {
          const { headline: _gone, ...rest } = current;
          return { ...d, frames: d.frames.map((f) => (f.id === frame.id ? rest : f)) };
        }
        return patchFrame(d, frame.id, 'story', { headline: { ...(current.headline ?? defaultHeadline(current.area.span)), ...patch } });
      },
      undefined,
      `headline-${frame.id}`,
    );
  const fit = report?.story?.copyfit;
  const badge = copyfitOf(report);

  return (
    <>
      <Section title={t.inspector.story} testId="inspector-story">
        <p className="inspector-title">{story?.headline || t.panels.noHeadline}</p>
        <button type="button" className="secondary-button" data-testid="open-story" onClick={() => onOpenStory(frame.storyId)}>
          {t.inspector.editStory}
        </button>
        {fit && badge && (
          <p className={`copyfit-line copyfit-${badge.tone}`} data-testid="copyfit-detail">
            {t.copyfitDetail(badge, fit.linesUsed, fit.linesAvailable)}
          </p>
        )}
        <NumberField label={t.inspector.fitLimit} value={fitLimit} min={0} max={10} step={0.5} testId="fit-limit" onChange={(v) => v !== undefined && setFitLimit(v)} />
        <NumberField label={t.inspector.fitSubheadLines} value={subheadLines} min={0} max={2} step={1} testId="fit-subhead-lines" onChange={(v) => v !== undefined && setSubheadLines(v)} />
        <NumberField label={t.inspector.fitParagraphLines} value={paragraphLines} min={0} max={2} step={1} testId="fit-paragraph-lines" onChange={(v) => v !== undefined && setParagraphLines(v)} />
        <button
          type="button"
          className="secondary-button"
          data-testid="fit-to-frames"
          disabled={fitting}
          onClick={async () => {
            setFitting(true);
            setFitted(await onFit(frame.id, { tracking: Math.round(fitLimit * 10), subheadLines, paragraphLines }));
            setFitting(false);
          }}
        >
          {t.inspector.fitToFrames}
        </button>
        {fitted && (
          <p className="fit-result" data-testid="fit-result">
            {t.inspector.fitResult(fitted)}
          </p>
        )}
      </Section>
      <Section title={t.inspector.place}>
        <AreaFields area={frame.area} limits={limits} testId="area" onChange={(area) => store.change(t.history.area, (d) => setArea(d, frame.id, area), undefined, `area-${frame.id}`)} />
        <SelectField
          label={t.inspector.bodyColumns}
          value={String(frame.bodyColumns)}
          testId="body-columns"
          options={Array.from({ length: frame.area.span }, (_, i) => ({ value: String(i + 1), label: t.inspector.bodyColumnsOption(i + 1, frame.area.span) }))}
          onChange={(v) => store.change(t.history.bodyColumns, (d) => patchFrame(d, frame.id, 'story', { bodyColumns: Number(v) }))}
        />
        {isHead && (
          <label className="check-field">
            <input
              type="checkbox"
              checked={frame.widowsOrphans !== false}
              data-testid="widows-orphans"
              onChange={(e) =>
                store.change(t.history.widowsOrphans, (d) => {
                  const current = d.frames.find((f) => f.id === frame.id);
                  if (current?.kind !== 'story') return d;
                  const { widowsOrphans: _old, ...rest } = current;
                  return { ...d, frames: d.frames.map((f) => (f.id === frame.id ? (e.target.checked ? rest : { ...rest, widowsOrphans: false }) : f)) };
                })
              }
            />
            {t.inspector.widowsOrphans}
          </label>
        )}
        <label className="check-field">
          <input
            type="checkbox"
            checked={frame.balance === true}
            data-testid="balance-columns"
            onChange={(e) => store.change(t.history.bodyColumns, (d) => patchFrame(d, frame.id, 'story', { balance: e.target.checked || undefined }))}
          />
          {t.inspector.balance}
        </label>
      </Section>
      {isHead && (
        <Section title={t.inspector.headline} testId="inspector-headline">
          <label className="check-field">
            <input type="checkbox" checked={headline !== undefined} data-testid="headline-on" onChange={(e) => setHeadline(e.target.checked ? {} : null)} />
            {t.inspector.headlineOn}
          </label>
          {headline && (
            <>
              <label className="check-field">
                <input type="checkbox" checked={headline.overPhoto === true} data-testid="headline-over-photo" onChange={(e) => setHeadline({ overPhoto: e.target.checked || undefined })} />
                {t.inspector.overPhoto}
              </label>
              <NumberField label={t.inspector.headlineSize} value={headline.size} min={6} max={200} step={0.5} testId="headline-size" onChange={(v) => v !== undefined && setHeadline({ size: v })} />
              <NumberField label={t.inspector.deckSize} value={headline.deckSize} min={5} max={80} step={0.5} testId="deck-size" onChange={(v) => v !== undefined && setHeadline({ deckSize: v })} />
              <SelectField
                label={t.inspector.face}
                value={headline.face}
                testId="headline-face"
                options={FACES.map((f) => ({ value: f, label: t.faces[f] ?? f }))}
                onChange={(v) => setHeadline({ face: v })}
              />
              <SelectField
                label={t.inspector.align}
                value={headline.align}
                testId="headline-align"
                options={(['center', 'left', 'justify-all'] as const).map((a) => ({ value: a, label: t.align[a] }))}
                onChange={(v) => setHeadline({ align: v })}
              />
              <label className="check-field">
                <input
                  type="checkbox"
                  checked={headline.vertical === true}
                  data-testid="headline-vertical"
                  onChange={(e) =>
                    store.change(
                      t.history.headline,
                      (d) => setHeadlineField(d, frame.id, 'vertical', e.target.checked ? true : undefined),
                      undefined,
                      `headline-${frame.id}`,
                    )
                  }
                />
                {t.inspector.headlineVertical}
              </label>
              <NumberField
                label={t.inspector.headlineScale}
                value={headline.scale}
                min={50}
                max={200}
                step={5}
                placeholder="100"
                testId="headline-scale"
                onChange={(v) =>
                  store.change(
                    t.history.headline,
                    (d) => setHeadlineField(d, frame.id, 'scale', v === 100 ? undefined : v),
                    undefined,
                    `headline-${frame.id}`,
                  )
                }
              />
              <NumberField
                label={t.inspector.headlineDepth}
                value={headline.depth}
                min={1}
                max={limits.lines}
                placeholder={t.inspector.auto}
                testId="headline-depth"
                onChange={(v) =>
                  store.change(
                    t.history.headline,
                    (d) => setHeadlineField(d, frame.id, 'depth', v),
                    undefined,
                    `headline-${frame.id}`,
                  )
                }
              />
            </>
          )}
        </Section>
      )}
      <Section title={t.inspector.thread} testId="inspector-thread">
        <p className="thread-chain" data-testid="thread-chain">
          {chain.map((f, i) => (
            <span key={f.id} className={f.id === frame.id ? 'current' : ''}>
              {i > 0 && ' → '}
              {t.status.threadFrame(i + 1, f.area.column + 1, f.area.line + 1)}
            </span>
          ))}
        </p>
        <button
          type="button"
          className="secondary-button"
          data-testid="continue-story"
          onClick={() => {
            const result = continueStory(store.doc, limits, frame.id);
            if (result) store.change(t.history.thread, () => result.doc, [result.id]);
          }}
        >
          {t.inspector.continueStory}
        </button>
        {frame.next !== undefined && (
          <button type="button" className="secondary-button" data-testid="unthread" onClick={() => store.change(t.history.unthread, (d) => unthread(d, frame.id))}>
            {t.inspector.unthread}
          </button>
        )}
      </Section>
    </>
  );
}
