package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.app.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

class TensorCommandTest {
    @Test
    void theBooksReshapeOfLine16271() {
        Run run = CliTest.run("tensor", "--preset", "book-reshape-2-9");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"numpy\":\"np.reshape(T, (2, 9))\",\"tensorflow\":\"tf.reshape(T, [2, 9])\",\"rank\":2,"
                + "\"shape\":[2,9],\"size\":18,\"result\":[[5,1,0,3,3,2,1,1,0],[5,1,7,0,0,1,8,1,9]]}", run.out().strip());
    }

    @Test
    void concatenateAlongAxis1OfLine16327AndAMean() {
        Run run = CliTest.run("tensor", "--a", "[[1,2,3],[4,5,6]]", "--b", "[[7,8,9],[10,11,12]]", "--op",
                "concatenate", "--axis", "1");
        assertEquals(0, run.exit(), run.err());
        assertEquals(true, run.out().contains("\"result\":[[1,2,3,7,8,9],[4,5,6,10,11,12]]"), run.out());
        Run mean = CliTest.run("tensor", "--a", "[5, 7, 8]", "--op", "mean");
        assertEquals(true, mean.out().contains("\"rank\":0,\"shape\":[],\"size\":1,\"result\":6.666666666666667"),
                mean.out());
    }
}
