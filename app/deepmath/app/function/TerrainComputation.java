package deepmath.app.function;

import deepmath.terrain.Terrain;
import deepmath.terrain.TopographicMap;

/**
 * The topographic map for one state, off the FX thread: the shipped terrain (read once), its contour lines at the
 * chosen interval (kept while the interval stays) and what the map says at the picked point.
 */
final class TerrainComputation {
    record Result(TopographicMap map, TopographicMap.Slope slope) {
    }

    private Terrain terrain;
    private TopographicMap map;

    /** Runs on the worker thread only (one at a time: the latest-only worker has one thread). */
    synchronized Result compute(int interval, double x, double y) {
        if (terrain == null) {
            terrain = Terrain.shipped();
        }
        if (map == null || map.interval() != interval) {
            map = new TopographicMap(terrain, interval);
        }
        return new Result(map, Double.isNaN(x) ? null : map.at(x, y));
    }
}
