// The publish gates (gates.ts) on the second half of the pages.
import {describeGates} from "./gates.js";

describeGates(1, 2);
