// The publish gates (gates.ts) on the first half of the pages.
import {describeGates} from "./gates.js";

describeGates(0, 2);
