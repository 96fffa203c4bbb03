package deepmath.viz.surface;

import deepmath.grid.GridValues;
import javafx.scene.shape.TriangleMesh;

/**
 * The triangle mesh of z = f(x, y) on a grid: two triangles per cell, one texture coordinate per vertex that
 * reads the colour of its height from a palette image. Faces are built once per resolution; new values of
 * the same resolution only rewrite the point and texture arrays, in place.
 */
public final class SurfaceMesh {
    private final TriangleMesh mesh = new TriangleMesh();
    private int nx;
    private int ny;
    private float[] points = new float[0];
    private float[] texture = new float[0];

    public TriangleMesh mesh() {
        return mesh;
    }

    public int vertexCount() {
        return mesh.getPoints().size() / 3;
    }

    /** Shows {@code values} inside {@code box} (heights outside its z range are clamped to it). */
    public void update(GridValues values, SurfaceBox box) {
        int gx = values.grid().nx();
        int gy = values.grid().ny();
        if (gx != nx || gy != ny) {
            buildFaces(gx, gy);
        }
        float[] z = values.values();
        float[] worldX = new float[nx];
        for (int i = 0; i < nx; i++) {
            worldX[i] = (float) box.worldX(values.grid().x(i));
        }
        for (int j = 0; j < ny; j++) {
            float wz = (float) box.worldZ(values.grid().y(j));
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                float value = z[k];
                // Holes (NaN: outside the domain) are drawn at the floor, in the first colour.
                double shown = Float.isFinite(value) ? value : box.zMin();
                points[3 * k] = worldX[i];
                points[3 * k + 1] = (float) box.worldY(shown);
                points[3 * k + 2] = wz;
                texture[2 * k] = (float) (0.002 + 0.996 * box.colourPosition(shown));
                texture[2 * k + 1] = 0.5f;
            }
        }
        mesh.getPoints().set(0, points, 0, points.length);
        mesh.getTexCoords().set(0, texture, 0, texture.length);
    }

    private void buildFaces(int newNx, int newNy) {
        nx = newNx;
        ny = newNy;
        int[] faces = new int[(nx - 1) * (ny - 1) * 12];
        int f = 0;
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int p00 = j * nx + i;
                int p10 = p00 + 1;
                int p01 = p00 + nx;
                int p11 = p01 + 1;
                int[] triangle = {p00, p01, p10, p10, p01, p11};
                for (int v : triangle) {
                    faces[f++] = v;
                    faces[f++] = v;
                }
            }
        }
        points = new float[nx * ny * 3];
        texture = new float[nx * ny * 2];
        mesh.getPoints().resize(points.length);
        mesh.getTexCoords().resize(texture.length);
        mesh.getFaces().setAll(faces);
    }
}
