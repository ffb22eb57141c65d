import { ComplaintForResident } from '../../src/helper/pages/task/ComplaintForResident';
import type { RequestDetail } from '../../types';
import { fakeApi } from './fake-api';
import { typeInto } from './console-input';
import { eventually, render, resetStores, waitForText } from './render';

beforeEach(() => {
  resetStores();
  jest.restoreAllMocks();
});

// Only what the action reads: the case and whose it is.
const detail: Pick<RequestDetail, 'id' | 'resident'> = { id: 'r-5', resident: { id: 'u-qiqige', name: '其其格' } };

test('a helper files 办不成事 for the resident of the case: for them, about this case, in their words', async () => {
  const sent = fakeApi({ 'POST /api/complaints': { status: 201, body: {} } });
  const utils = await render(ComplaintForResident, { detail });
  utils.fireEvent.click(await waitForText(utils, '代其其格反映办不成事'));
  typeInto(utils, '发生了什么？', '社保窗口说要本人到场，居民卧床去不了');
  utils.fireEvent.click(await waitForText(utils, '确认'));
  await waitForText(utils, '已替其其格反映，服务中心会按期答复。');
  await eventually(() =>
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ description: '社保窗口说要本人到场，居民卧床去不了', requestId: 'r-5', forUserId: 'u-qiqige' }),
  );
  // Ready for another report: the note field starts closed and empty again.
  await waitForText(utils, '代其其格反映办不成事');
});
