// The two flows every engine must pass, written against a tiny driver: goto(url), reload(), run(body) where
// body is the source of an async function body with the page helpers as `h`, and width.
const TIMEOUT_MS = 20_000;

export async function waitFor(driver, body, what) {
  const until = Date.now() + TIMEOUT_MS;
  let last;
  while (Date.now() < until) {
    try {
      last = await driver.run(body);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

const text = (t) => `return h.hasText(${JSON.stringify(t)});`;

/** Facilitator: create, rate, reload (rating kept), export JSON, import it. Returns the assessment id. */
export async function facilitatorFlow(driver, base, log) {
  // A long name: the files' names in "Saved as …" messages must wrap, not widen the page (Firefox did not break them).
  const name = 'Kaszubski Klaster Ekonomii Społecznej i Innowacji Ekologicznych Żółć';
  await driver.goto(base);
  await waitFor(driver, `return h.click('a', 'New assessment');`, 'the New assessment link');
  await waitFor(driver, `return h.fill('Cluster name', ${JSON.stringify(name)});`, 'the create form');
  await driver.run(`return h.click('button', 'Create and open');`);
  await waitFor(driver, `return document.querySelector('h1')?.textContent === ${JSON.stringify(name)};`, 'the new assessment');
  const id = await driver.run(`return /#\\/a\\/([^/]+)/.exec(location.hash)?.[1] ?? null;`);
  log('created', id);
  await waitFor(driver, `const r = h.radio(4, '2 – rather low'); if (!r) return false; r.scrollIntoView({ block: 'center' }); r.click(); return r.checked;`, 'a rating');
  await waitFor(driver, text('All changes saved'), 'the save');
  await driver.reload();
  await waitFor(driver, `return h.radio(4, '2 – rather low')?.checked === true;`, 'the rating after a reload');
  log('rating kept over a reload');

  await driver.goto(base);
  await waitFor(driver, `h.catchDownloads(); return h.click('button', 'Export all');`, 'Export all');
  const backup = await waitFor(driver, `return await h.lastDownload();`, 'the exported file');
  const parsed = JSON.parse(backup);
  if (parsed.format !== 'csei-navigator' || !parsed.assessments.some((a) => a.id === id)) throw new Error('the export does not hold the assessment');
  await waitFor(driver, text('Last backup:'), 'the backup note');
  // Where the browser has no navigator.storage (WebKitGTK), the home screen says the data cannot be protected.
  const hint = await waitFor(
    driver,
    `return !('storage' in navigator) ? h.hasText('This browser cannot protect stored data') && 'no navigator.storage: hint shown' : 'navigator.storage present';`,
    'the storage hint',
  );
  log(hint);
  log('exported', `${String(backup.length)} characters`);
  await driver.run(`return h.chooseFile('Import backup…', 'backup.json', ${JSON.stringify(backup)});`);
  await waitFor(driver, text('Import finished:'), 'the import report');
  log('imported');
  return id;
}

/** Participant: open the join link, rate, reload (ratings kept), hand in (QR shown, file offered and saved). */
export async function participantFlow(driver, base, id, log) {
  await driver.goto(`${base}#/a/${id}/workshop`);
  const link = await waitFor(driver, `return document.querySelector('.join-panel svg.qr-code') && document.querySelector('.join-panel output')?.textContent;`, 'the join QR code');
  if (!link.includes('#/join/')) throw new Error(`not a join link: ${link}`);
  log('join link', `${String(link.length)} characters`);
  await driver.goto(link);
  await waitFor(driver, `return document.querySelector('h1')?.textContent?.startsWith('Your ballot:');`, 'the ballot');
  await waitFor(driver, `return h.fill('Your name or a label', 'Anna Żółkiewska-Gęślińska');`, 'the name field');
  for (let card = 0; card < 8; card++) {
    await waitFor(driver, `const r = h.radio(${String(card)}, '2 – rather low', 'Baseline'); if (!r) return false; r.scrollIntoView({ block: 'center' }); r.click(); return r.checked;`, `baseline ${String(card + 1)}`);
  }
  await waitFor(driver, text('Saved on this device'), 'the ballot save');
  await driver.reload();
  await waitFor(driver, `return h.radio(7, '2 – rather low', 'Baseline')?.checked === true && h.value('Your name or a label') === 'Anna Żółkiewska-Gęślińska';`, 'the ratings after a reload');
  log('ballot kept over a reload');
  await driver.run(`h.catchDownloads(); return h.click('button', 'Hand in');`);
  await waitFor(driver, `return !!document.querySelector('svg.qr-code[aria-label="Your ballot as a QR code"]');`, 'the ballot QR code');
  log('hand-in QR shown');
  await driver.run(`return h.click('button', 'Download ballot');`);
  const ballot = await waitFor(driver, `return h.hasText('Ballot saved as') && await h.lastDownload();`, 'the ballot file');
  if (JSON.parse(ballot).format !== 'csei-navigator-ballot') throw new Error('the ballot file is not a ballot');
  const width = await driver.run(`return h.pageWidth();`);
  log('ballot file saved', `page ${String(width)} px wide in a ${String(driver.width)} px window`);
  if (width > driver.width) throw new Error(`the page is ${String(width)} px wide in a ${String(driver.width)} px window`);
}
