import { describe, expect, it } from 'vitest';
import type { LabelBox } from './radar-layout';
import { axisAngle, axisLabels, estimateTextWidth, labelOffset, legendLayout, radarLayout, wrapLabel } from './radar-layout';

describe('wrapLabel', () => {
  it('splits at spaces into lines of at most maxChars', () => {
    expect(wrapLabel('Collaboration among stakeholders', 14)).toEqual(['Collaboration', 'among', 'stakeholders']);
    expect(wrapLabel('Financial model', 16)).toEqual(['Financial model']);
    expect(wrapLabel('Skład międzysektorowy', 11)).toEqual(['Skład', 'międzysektorowy']);
  });

  it('never cuts a label short: it widens the lines until maxLines is enough', () => {
    const lines = wrapLabel('Model operacyjny (własność i zarządzanie)', 11, 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe('Model operacyjny (własność i zarządzanie)');
  });

  it('keeps one long word whole and ignores extra spaces', () => {
    expect(wrapLabel('  Współpraca   między interesariuszami ', 8)).toEqual(['Współpraca', 'między', 'interesariuszami']);
    expect(wrapLabel('', 10)).toEqual([]);
  });
});

describe('radar geometry', () => {
  const boxes: LabelBox[] = Array.from({ length: 8 }, () => ({ width: 90, height: 40 }));

  it('starts at the top and goes clockwise', () => {
    expect([0, 2, 4, 6].map((i) => axisAngle(i, 8))).toEqual([90, 0, -90, -180]);
  });

  it('anchors right-hand labels at their start, left-hand at their end, top and bottom in the middle', () => {
    const box = { width: 100, height: 30 };
    expect(labelOffset(90, box)).toEqual({ x: -50, y: -30, anchor: 'middle' });
    expect(labelOffset(0, box)).toMatchObject({ x: 0, y: -15, anchor: 'start' });
    expect(labelOffset(-180, box)).toMatchObject({ x: -100, anchor: 'end' });
    expect(labelOffset(-90, box)).toMatchObject({ y: 0, anchor: 'middle' });
  });

  it('fits the rings and every label box inside the chart', () => {
    for (const [width, height] of [
      [340, 360],
      [480, 460],
      [720, 680],
    ] as const) {
      const gap = 14;
      const padding = 8;
      const { cx, cy, outerRadius } = radarLayout({ width, height, boxes, gap, padding });
      expect(outerRadius).toBeGreaterThan(40);
      boxes.forEach((box, i) => {
        const angle = axisAngle(i, 8);
        const rad = (angle * Math.PI) / 180;
        const off = labelOffset(angle, box);
        const left = cx + (outerRadius + gap) * Math.cos(rad) + off.x;
        const top = cy - (outerRadius + gap) * Math.sin(rad) + off.y;
        expect(left).toBeGreaterThanOrEqual(padding - 1);
        expect(left + box.width).toBeLessThanOrEqual(width - padding + 1);
        expect(top).toBeGreaterThanOrEqual(padding - 1);
        expect(top + box.height).toBeLessThanOrEqual(height - padding + 1);
      });
    }
  });

  it('sizes label boxes from the wrapped lines, with the "not rated" note and a frame for focus', () => {
    const labels = axisLabels({
      names: ['Financial model', 'Coordinating body'],
      missing: [null, { text: 'not rated' }],
      focus: [true, false],
      fontSize: 10,
      lineHeight: 12,
      maxChars: 10,
      measure: (text) => text.length * 5,
    });
    expect(labels[0]).toEqual({ lines: [{ text: 'Financial', kind: 'name' }, { text: 'model', kind: 'name' }], box: { width: 53, height: 32 }, isFocus: true });
    expect(labels[1]?.lines.map((l) => l.kind)).toEqual(['name', 'name', 'missing']);
    expect(labels[1]?.box).toEqual({ width: 60, height: 36 });
  });

  it('puts a name mark before the first line, counts it in the width but not in the wrapping', () => {
    const mark = { glyph: '⚠', color: '#000' };
    const labels = axisLabels({
      names: ['Financial model', 'Coordinating body'],
      missing: [null, null],
      focus: [false, false],
      nameMarks: [mark, null],
      fontSize: 10,
      lineHeight: 12,
      maxChars: 10,
      measure: (text) => text.length * 5,
    });
    expect(labels[0]?.lines).toEqual([{ text: 'Financial', kind: 'name', mark }, { text: 'model', kind: 'name' }]);
    expect(labels[0]?.box.width).toBe('⚠ Financial'.length * 5);
    expect(labels[1]?.lines.every((l) => l.mark === undefined)).toBe(true);
  });

  it('estimates wide texts wider than narrow ones, bold wider than regular', () => {
    expect(estimateTextWidth('mmmm', 10, false)).toBeGreaterThan(estimateTextWidth('iiii', 10, false));
    expect(estimateTextWidth('Finance', 10, true)).toBeGreaterThan(estimateTextWidth('Finance', 10, false));
  });
});

describe('legendLayout', () => {
  it('puts items in centred rows that wrap when the width is used up', () => {
    const { items, height } = legendLayout([100, 100, 100], 250, 20, 10);
    expect(height).toBe(40);
    expect(items).toEqual([
      { x: 20, y: 0 },
      { x: 130, y: 0 },
      { x: 75, y: 20 },
    ]);
  });
});
