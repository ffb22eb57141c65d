// Where the resident is: the browser's geolocation in H5, Taro.getLocation in the mini-program (GCJ-02, which is
// what Chinese maps use for navigation hand-off).
import Taro from '@tarojs/taro';
import type { GeoPoint } from '../../../types';

export async function currentLocation(): Promise<GeoPoint | null> {
  if (process.env.TARO_ENV === 'h5') {
    if (!('geolocation' in navigator)) return null;
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (pos) => resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude }),
        () => resolve(null),
        { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
      );
    });
  }
  try {
    const res = await Taro.getLocation({ type: 'gcj02' });
    return { lat: res.latitude, lng: res.longitude };
  } catch {
    return null;
  }
}
