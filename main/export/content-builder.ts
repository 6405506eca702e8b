import type { Cmyk } from '../../shared/model/color';
import { pdfNumber } from './pdf-number';

/** Resource names every page's content may use (render-document.ts puts them in each page's /Resources). */
export const RESOURCE = {
  overprint: 'GSop',
  knockout: 'GSko',
  registration: 'CSreg',
} as const;

interface TrackedState {
  fill?: string;
  stroke?: string;
  overprint: boolean;
  lineWidth?: string;
  font?: string;
  charSpacing: string;
}

const cmykOperands = (c: Cmyk): string => c.map((v) => pdfNumber(v, 4)).join(' ');

/**
 * A page content stream as text. It remembers the graphics state it has set so that a
 * page of 600 lines of black 9 pt text sets its colour, overprint and font once, not
 * 600 times.
 */
export class ContentBuilder {
  private readonly parts: string[] = [];
  private state: TrackedState = { overprint: false, charSpacing: '0' };
  private readonly saved: TrackedState[] = [];

  op(text: string): void {
    this.parts.push(text);
  }

  save(): void {
    this.saved.push({ ...this.state });
    this.parts.push('q');
  }

  restore(): void {
    const previous = this.saved.pop();
    if (!previous) throw new Error('restore() without save()');
    this.state = previous;
    this.parts.push('Q');
  }

  fillCmyk(color: Cmyk): void {
    const operands = cmykOperands(color);
    if (this.state.fill === operands) return;
    this.state.fill = operands;
    this.parts.push(`${operands} k`);
  }

  strokeCmyk(color: Cmyk): void {
    const operands = cmykOperands(color);
    if (this.state.stroke === operands) return;
    this.state.stroke = operands;
    this.parts.push(`${operands} K`);
  }

  /** Stroke in the registration colour (prints on every separation), for crop marks. */
  strokeRegistration(): void {
    if (this.state.stroke === 'registration') return;
    this.state.stroke = 'registration';
    this.parts.push(`/${RESOURCE.registration} CS 1 SCN`);
  }

  /** Overprint on (fill and stroke, OPM 1) or knockout, through the two page ExtGStates. */
  overprint(on: boolean): void {
    if (this.state.overprint === on) return;
    this.state.overprint = on;
    this.parts.push(`/${on ? RESOURCE.overprint : RESOURCE.knockout} gs`);
  }

  lineWidth(width: number): void {
    const operand = pdfNumber(width);
    if (this.state.lineWidth === operand) return;
    this.state.lineWidth = operand;
    this.parts.push(`${operand} w`);
  }

  /** Tf; text state belongs to the graphics state, so it survives BT/ET. */
  font(name: string, size: number): void {
    const operands = `/${name} ${pdfNumber(size)}`;
    if (this.state.font === operands) return;
    this.state.font = operands;
    this.parts.push(`${operands} Tf`);
  }

  charSpacing(tc: number): void {
    const operand = pdfNumber(tc);
    if (this.state.charSpacing === operand) return;
    this.state.charSpacing = operand;
    this.parts.push(`${operand} Tc`);
  }

  bytes(): Uint8Array {
    return Buffer.from(`${this.parts.join('\n')}\n`, 'latin1');
  }
}
