import { useRef } from 'react';
import type { Cmyk } from '../../../../shared/model/color';
import type { BannerFrame, RuleFrame, TextFrame } from '../../../../shared/model/page';
import { BLACK, patchFrame, RED, setArea, setFreeText, TINT } from '../workspace/frame-edits';
import type { GridLimits } from '../workspace/grid-snap';
import { cmykCss } from '../workspace/screen-color';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { emphasisAfterEdit, toggleEmphasis } from '../workspace/emphasis-ranges';
import { AreaFields } from './area-fields';
import { Field, NumberField, Section, SelectField, TextField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

/** The desk's colours: process CMYK, named the way the desk names them. */
const SWATCHES: ReadonlyArray<{ key: 'red' | 'blue' | 'black' | 'tint' | 'grey'; color: Cmyk }> = [
  { key: 'red', color: RED },
  { key: 'blue', color: [1, 0.6, 0, 0.2] },
  { key: 'black', color: BLACK },
  { key: 'tint', color: TINT },
  { key: 'grey', color: [0, 0, 0, 0.15] },
];

const same = (a: Cmyk, b: Cmyk) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-6);

function Swatches({ value, testId, onChange }: { value: Cmyk; testId: string; onChange: (color: Cmyk) => void }) {
  const t = useI18n().t.pageDesk;
  return (
    <Field label={t.inspector.color} wide>
      <span className="swatches" data-testid={testId}>
        {SWATCHES.map((s) => (
          <button
            key={s.key}
            type="button"
            className={`swatch${same(value, s.color) ? ' chosen' : ''}`}
            title={`${t.colors[s.key]} (C${Math.round(s.color[0] * 100)} M${Math.round(s.color[1] * 100)} Y${Math.round(s.color[2] * 100)} K${Math.round(s.color[3] * 100)})`}
            aria-label={t.colors[s.key]}
            data-color={s.key}
            onClick={() => onChange(s.color)}
          >
            <svg viewBox="0 0 10 10" aria-hidden="true">
              <rect width="10" height="10" fill={cmykCss(s.color)} />
            </svg>
          </button>
        ))}
      </span>
    </Field>
  );
}

interface Ctx {
  store: WorkspaceStore;
  limits: GridLimits;
}

function Place({ ctx, id, area }: { ctx: Ctx; id: string; area: BannerFrame['area'] }) {
  const t = useI18n().t.pageDesk;
  return (
    <Section title={t.inspector.place}>
      <AreaFields area={area} limits={ctx.limits} testId="area" onChange={(next) => ctx.store.change(t.history.area, (d) => setArea(d, id, next), undefined, `area-${id}`)} />
    </Section>
  );
}

export function BannerInspector({ ctx, frame }: { ctx: Ctx; frame: BannerFrame }) {
  const t = useI18n().t.pageDesk;
  const patch = (p: Partial<BannerFrame>, mergeKey?: string) => ctx.store.change(t.history.banner, (d) => patchFrame(d, frame.id, 'banner', p), undefined, mergeKey);
  return (
    <>
      <Section title={t.inspector.banner} testId="inspector-banner">
        <TextField label={t.inspector.bannerText} value={frame.text} testId="banner-text" onChange={(text) => text.trim() && patch({ text }, `banner-${frame.id}`)} />
        <SelectField
          label={t.inspector.bannerStyle}
          value={frame.style}
          testId="banner-style"
          options={(['reverse', 'tint'] as const).map((s) => ({ value: s, label: t.bannerStyle[s] }))}
          onChange={(style) => patch({ style, color: style === 'reverse' ? RED : TINT })}
        />
        <SelectField
          label={t.inspector.align}
          value={frame.align ?? 'justify-all'}
          testId="banner-align"
          options={(['justify-all', 'center'] as const).map((a) => ({ value: a, label: t.align[a] }))}
          onChange={(align) => patch({ align })}
        />
        <NumberField label={t.inspector.textSize} value={frame.size ?? 16} min={6} max={72} step={0.5} testId="banner-size" onChange={(size) => size !== undefined && patch({ size }, `banner-size-${frame.id}`)} />
        <Swatches value={frame.color} testId="banner-color" onChange={(color) => patch({ color })} />
      </Section>
      <Place ctx={ctx} id={frame.id} area={frame.area} />
    </>
  );
}

export function RuleInspector({ ctx, frame }: { ctx: Ctx; frame: RuleFrame }) {
  const t = useI18n().t.pageDesk;
  const patch = (p: Partial<RuleFrame>, mergeKey?: string) => ctx.store.change(t.history.rule, (d) => patchFrame(d, frame.id, 'rule', p), undefined, mergeKey);
  return (
    <>
      <Section title={t.inspector.rule} testId="inspector-rule">
        <SelectField
          label={t.inspector.orientation}
          value={frame.orientation}
          testId="rule-orientation"
          options={(['horizontal', 'vertical'] as const).map((o) => ({ value: o, label: t.orientation[o] }))}
          onChange={(orientation) => patch({ orientation })}
        />
        <NumberField label={t.inspector.weight} value={frame.weight} min={0.1} max={10} step={0.1} testId="rule-weight" onChange={(weight) => weight !== undefined && patch({ weight }, `weight-${frame.id}`)} />
        <Swatches value={frame.color} testId="rule-color" onChange={(color) => patch({ color })} />
      </Section>
      <Place ctx={ctx} id={frame.id} area={frame.area} />
    </>
  );
}

export function TextInspector({ ctx, frame }: { ctx: Ctx; frame: TextFrame }) {
  const t = useI18n().t.pageDesk;
  const patch = (p: Partial<TextFrame>, mergeKey?: string) => ctx.store.change(t.history.text, (d) => patchFrame(d, frame.id, 'text', p), undefined, mergeKey);
  const textarea = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <Section title={t.inspector.freeText} testId="inspector-text">
        <TextField
          label={t.inspector.text}
          value={frame.text}
          multiline
          testId="free-text"
          textareaRef={textarea}
          onChange={(text) => ctx.store.change(t.history.text, (d) => setFreeText(d, frame.id, text, emphasisAfterEdit(frame.emphasis, frame.text, text)), undefined, `text-${frame.id}`)}
        />
        <button
          type="button"
          className="secondary-button"
          data-testid="text-emphasis"
          title={t.inspector.emphasisHint}
          onClick={() => {
            const el = textarea.current;
            if (!el || el.selectionEnd <= el.selectionStart) return;
            ctx.store.change(t.history.emphasis, (d) => setFreeText(d, frame.id, frame.text, toggleEmphasis(frame.emphasis, el.selectionStart, el.selectionEnd)));
          }}
        >
          {t.inspector.emphasis}
        </button>
        <NumberField label={t.inspector.textSize} value={frame.size} min={4} max={200} step={0.5} testId="text-size" onChange={(size) => size !== undefined && patch({ size }, `text-size-${frame.id}`)} />
        <SelectField
          label={t.inspector.face}
          value={frame.face}
          testId="text-face"
          options={(['noto-serif-sc-400', 'noto-serif-sc-700', 'noto-sans-sc-400', 'noto-sans-sc-700', 'lxgw-wenkai-400'] as const).map((f) => ({ value: f, label: t.faces[f] ?? f }))}
          onChange={(face) => patch({ face })}
        />
        <SelectField
          label={t.inspector.align}
          value={frame.align}
          testId="text-align"
          options={(['left', 'center', 'right', 'justify', 'justify-all'] as const).map((a) => ({ value: a, label: t.align[a] }))}
          onChange={(align) => patch({ align })}
        />
      </Section>
      <Place ctx={ctx} id={frame.id} area={frame.area} />
    </>
  );
}
